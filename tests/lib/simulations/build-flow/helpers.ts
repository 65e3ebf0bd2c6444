import { createInitialState, transition, type BuildFlowEvent, type BuildFlowState } from '@/lib/simulations/build-flow';

export function apply(state: BuildFlowState, ...events: BuildFlowEvent[]): BuildFlowState {
  return events.reduce((current, event, index) => transition(current, event, index * 1000), state);
}

/** Runs build steps until the build that is running (or about to start) is finished. */
export function buildAll(state: BuildFlowState): BuildFlowState {
  let current = transition(state, { type: 'build-step' }, 0);
  while (current.build) current = transition(current, { type: 'build-step' }, 0);
  return current;
}

export const built = () => buildAll(createInitialState());
