import { dockerEnvironment, runApp, type Outcome } from './checks';
import { machines, type Environment, type Item, type MachineId } from './machines';

/** How the app is run: with what each machine has installed, or from the same image with Docker. */
export type Mode = 'installed' | 'docker';

/** What the latest accepted event did, for the narration. */
export type Step =
  | { type: 'run'; mode: Mode }
  | { type: 'set'; machine: MachineId; item: Item; from: string; to: string }
  | { type: 'reset' };

export type WorksOnMyMachineState = {
  environments: Readonly<Record<MachineId, Environment>>;
  /** null until the reader first runs the app; after that every change shows its result at once. */
  mode: Mode | null;
  /** When each machine last ran the app (a run, or a change once the app has run); the view replays its result then. */
  ranAt: Readonly<Record<MachineId, number | null>>;
  step: Step | null;
};

export function createInitialState(): WorksOnMyMachineState {
  return {
    environments: Object.fromEntries(machines.map((machine) => [machine.id, machine.environment])) as Record<MachineId, Environment>,
    mode: null,
    ranAt: { mac: null, windows: null, server: null },
    step: null,
  };
}

/** The result of running the app on a machine in the current mode; null before the first run. */
export function outcome(state: WorksOnMyMachineState, machine: MachineId): Outcome | null {
  return state.mode === null ? null : outcomeIn(state, machine, state.mode);
}

/** The result of running the app on a machine one way or the other, whatever the current mode. */
export function outcomeIn(state: WorksOnMyMachineState, machine: MachineId, mode: Mode): Outcome {
  return runApp(mode === 'docker' ? dockerEnvironment : state.environments[machine]);
}

export function isInitial(state: WorksOnMyMachineState): boolean {
  const initial = createInitialState();
  return state.mode === null && machines.every((machine) => state.environments[machine.id] === initial.environments[machine.id]);
}
