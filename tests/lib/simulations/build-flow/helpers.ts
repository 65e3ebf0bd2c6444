import fc from 'fast-check';
import {
  building,
  buildFlowFull,
  createInitialState,
  hostPorts,
  recipe,
  type BuildFlowEvent,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';

export const sim = buildFlowFull;

/** Applies reader events in order, without time passing between them. */
export function apply(state: BuildFlowState, ...events: BuildFlowEvent[]): BuildFlowState {
  return events.reduce((current, event) => sim.transition(current, event, 0), state);
}

/** Ticks the clock until the running build (if any) is done. */
export function finish(state: BuildFlowState): BuildFlowState {
  let current = state;
  while (building(current)) current = sim.transition(current, { type: 'tick' }, 0);
  return current;
}

/** `docker build` to the end. */
export const build = (state: BuildFlowState) => finish(apply(state, { type: 'build' }));

export const built = () => build(createInitialState());

// fast-check cannot draw an event from a state it has not computed yet, so it draws picks that are
// resolved against the state at that point: real container numbers as well as unknown ones, ports
// the widget offers and one it does not, lines that do not exist, and plenty of clock ticks.
export const menu = fc.array(fc.tuple(fc.nat(20), fc.nat(1_000)), { maxLength: 120 });

export function resolve(state: BuildFlowState, [pick, extra]: [number, number]): BuildFlowEvent {
  const runs = [...state.containers.map((container) => container.run), state.runs + 1];
  const run = runs[extra % runs.length] ?? 1;
  const ports = [...hostPorts, null, 22];
  if (pick < 8) return { type: 'tick' };
  if (pick < 10) return { type: 'build' };
  if (pick < 13) return { type: 'edit', line: (extra % (recipe.length + 2)) - 1 };
  if (pick < 16) return { type: 'run', port: ports[extra % ports.length] ?? null };
  if (pick < 18) return { type: 'stop', run };
  return { type: 'remove', run };
}
