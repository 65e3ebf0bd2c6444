import type { Kind } from './costs';

export type VmVsContainerEvent =
  /** Starts one more unit of the kind, if it fits in the host's memory. */
  | { type: 'start'; kind: Kind }
  /** Starts one VM and one container at the same moment, to race them. */
  | { type: 'race' }
  /** Starts as many units of the kind as still fit, all at once. */
  | { type: 'fill'; kind: Kind }
  /** Stops and removes the newest unit of the kind. */
  | { type: 'stop'; kind: Kind }
  /** The clock: moves booting units to the stage they have reached by `now`. */
  | { type: 'tick' };
