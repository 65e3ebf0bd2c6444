import type { Kind } from './costs';

export type VmVsContainerEvent =
  | { type: 'start'; kind: Kind }
  /** Stops and removes the newest unit of the kind. */
  | { type: 'stop'; kind: Kind }
  /** The clock: moves booting units to the stage they have reached by `now`. */
  | { type: 'tick' }
  | { type: 'reset' };
