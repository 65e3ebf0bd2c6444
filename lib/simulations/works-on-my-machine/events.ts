import type { BuildId, Item, MachineId } from './machines';
import type { Mode } from './state';

export type WorksOnMyMachineEvent =
  | { type: 'run'; mode: Mode }
  | { type: 'set'; machine: MachineId; item: Item; value: string }
  /** Which CPUs the team's image was built for. */
  | { type: 'build'; build: BuildId };
