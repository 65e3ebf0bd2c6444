import { runDocker, runInstalled, type Outcome } from './checks';
import { machine, machines, type BuildId, type Environment, type Item, type MachineId } from './machines';

/** How the app is run: with what each machine has installed, or from the same image with Docker. */
export type Mode = 'installed' | 'docker';

/** The reader's latest accepted action, for the narration. */
export type Action =
  | { type: 'run'; mode: Mode }
  | { type: 'set'; machine: MachineId; item: Item; from: string; to: string }
  | { type: 'build'; from: BuildId; to: BuildId };

export type WorksOnMyMachineState = {
  environments: Readonly<Record<MachineId, Environment>>;
  /** null until the reader first runs the app; after that every change shows its result at once. */
  mode: Mode | null;
  build: BuildId;
  /** How many times each machine's result has been worked out anew, so the view can replay its entrance. */
  revisions: Readonly<Record<MachineId, number>>;
  action: Action | null;
};

export function createInitialState(): WorksOnMyMachineState {
  return {
    environments: Object.fromEntries(machines.map((candidate) => [candidate.id, candidate.environment])) as Record<
      MachineId,
      Environment
    >,
    mode: null,
    build: 'multi',
    revisions: { mac: 0, windows: 0, server: 0 },
    action: null,
  };
}

/** The result of running the app on a machine in the current mode; null before the first run. */
export function outcome(state: WorksOnMyMachineState, id: MachineId): Outcome | null {
  return state.mode === null ? null : outcomeIn(state, id, state.mode);
}

/** The result of running the app on a machine one way or the other, whatever the current mode. */
export function outcomeIn(state: WorksOnMyMachineState, id: MachineId, mode: Mode): Outcome {
  return mode === 'docker' ? runDocker(machine(id), state.build) : runInstalled(state.environments[id]);
}
