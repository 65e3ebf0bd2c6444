import { tour, type Simulation } from '../kernel';
import type { WorksOnMyMachineEvent } from './events';
import { introduction, narrate } from './narrate';
import { createInitialState, type WorksOnMyMachineState } from './state';
import { transition } from './transition';

type WorksOnMyMachineSimulation = Simulation<WorksOnMyMachineState, WorksOnMyMachineEvent>;

// The lesson: run as installed, fix one machine and find the next problem on another, run with
// Docker and see that changing what a machine has installed no longer matters, then see the one
// thing that still does (an image built for one CPU only) and build it for both.
const lesson: readonly WorksOnMyMachineEvent[] = [
  { type: 'run', mode: 'installed' },
  { type: 'set', machine: 'server', item: 'font', value: 'yes' },
  { type: 'set', machine: 'windows', item: 'ruby', value: '3.3' },
  { type: 'run', mode: 'docker' },
  { type: 'set', machine: 'mac', item: 'ruby', value: '3.1' },
  { type: 'build', build: 'arm64' },
  { type: 'build', build: 'multi' },
];

/** Where a state is on the lesson's path: what is installed and run, and the move that got there (the
 * path comes back to the same setup once, after rebuilding for both CPUs). Not the view's counters. */
const where = (state: WorksOnMyMachineState) => JSON.stringify([state.environments, state.mode, state.build, state.action]);

const path: readonly string[] = lesson
  .reduce<WorksOnMyMachineState[]>(
    (states, event) => [...states, transition(states.at(-1) as WorksOnMyMachineState, event)],
    [createInitialState()],
  )
  .map(where);

/**
 * 다음 단계: the lesson's next move while the reader is on its path. Off the path, the lesson's
 * point from wherever they are: run with Docker, then see a one-CPU image and build it for both.
 */
export function suggest(state: WorksOnMyMachineState): WorksOnMyMachineEvent | null {
  const index = path.indexOf(where(state));
  if (index !== -1) return lesson[index] ?? null;
  if (state.mode !== 'docker') return { type: 'run', mode: 'docker' };
  if (state.build !== 'multi') return { type: 'build', build: 'multi' };
  return state.action?.type === 'build' ? null : { type: 'build', build: 'arm64' };
}

/** The text version of the lesson, for readers without JavaScript, print and anyone who prefers to read. */
export function lessonTranscript(simulation: WorksOnMyMachineSimulation): string[] {
  return [introduction, ...tour(simulation).slice(1).map(narrate)];
}
