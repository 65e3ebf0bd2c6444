import type { VmVsContainerEvent } from './events';
import { createInitialState, type VmVsContainerState } from './state';
import { transition } from './transition';

// The lesson for the transcript and the still figure: one of each, then more of each, as in the
// chapter's still diagram (two apps in VMs, three in containers). After every start a tick a minute
// later lets the unit finish booting.
const starts: readonly VmVsContainerEvent[] = [
  { type: 'start', kind: 'vm' },
  { type: 'start', kind: 'container' },
  { type: 'start', kind: 'vm' },
  { type: 'start', kind: 'container' },
  { type: 'start', kind: 'container' },
];

export function playTour(): VmVsContainerState[] {
  const states = [createInitialState()];
  let now = 0;
  for (const event of starts) {
    for (const next of [event, { type: 'tick' } as const]) {
      const state = transition(states[states.length - 1] as VmVsContainerState, next, now);
      states.push(state);
      now += 60_000;
    }
  }
  return states;
}

/** The state at the end of the tour, drawn as the still figure. */
export function finishedState(): VmVsContainerState {
  return playTour().at(-1) as VmVsContainerState;
}
