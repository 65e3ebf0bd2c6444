/**
 * Every state of a guided tour from `from` (that state first): apply the suggested next event until
 * there is none, or until the simulation rejects one (it returns the same state object).
 */
export function playTour<State, Event>(
  from: State,
  suggestNext: (state: State) => Event | null,
  transition: (state: State, event: Event) => State,
): State[] {
  const states = [from];
  for (let state = from, event = suggestNext(from); event; event = suggestNext(state)) {
    const next = transition(state, event);
    if (next === state) break;
    states.push(next);
    state = next;
  }
  return states;
}
