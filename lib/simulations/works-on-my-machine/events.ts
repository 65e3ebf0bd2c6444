import type { Item, MachineId } from './machines';
import type { Mode } from './state';

export type WorksOnMyMachineEvent =
  | { type: 'run'; mode: Mode }
  | { type: 'set'; machine: MachineId; item: Item; value: string }
  | { type: 'reset' };
