import type { WorksOnMyMachineEvent } from './events';
import { createInitialState, type WorksOnMyMachineState } from './state';
import { transition } from './transition';

// The lesson in five moves, for the transcript and the still figure: run as installed, fix one
// machine and find the next problem on another, then run with Docker and see that changing what a
// machine has installed no longer matters.
export const tour: readonly WorksOnMyMachineEvent[] = [
  { type: 'run', mode: 'installed' },
  { type: 'set', machine: 'server', item: 'font', value: 'yes' },
  { type: 'set', machine: 'windows', item: 'ruby', value: '3.3' },
  { type: 'run', mode: 'docker' },
  { type: 'set', machine: 'mac', item: 'ruby', value: '3.1' },
];

/** Every state of the tour, the initial state first. Time advances one second a step. */
export function playTour(): WorksOnMyMachineState[] {
  const states = [createInitialState()];
  tour.forEach((event, index) => states.push(transition(states[index] as WorksOnMyMachineState, event, (index + 1) * 1000)));
  return states;
}
