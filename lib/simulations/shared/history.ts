// Back and forward over the states of a pure simulation. Because transition returns new objects
// and never mutates, going back is showing an earlier state and going forward redoes a later one.
// Generic and free of React, so any widget's timeline can be tested like its simulation.

export type History<S> = {
  past: readonly S[];
  present: S;
  future: readonly S[];
};

const limit = 200;

export function startHistory<S>(present: S): History<S> {
  return { past: [], present, future: [] };
}

/**
 * Records the next state. The same object means the event was rejected: nothing changes. With
 * `replace`, the next state takes the present's place (typing a search query letter by letter
 * is one step, not one per letter).
 */
export function record<S>(history: History<S>, next: S, replace = false): History<S> {
  if (next === history.present) return history;
  const past = replace ? history.past : [...history.past, history.present].slice(-limit);
  return { past, present: next, future: [] };
}

export function back<S>(history: History<S>): History<S> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** Redoes an undone state if there is one, otherwise records `next()` (the lesson's next move). */
export function forward<S>(history: History<S>, next: () => S | null): History<S> {
  const [redo, ...rest] = history.future;
  if (redo !== undefined) return { past: [...history.past, history.present], present: redo, future: rest };
  const state = next();
  return state === null ? history : record(history, state);
}
