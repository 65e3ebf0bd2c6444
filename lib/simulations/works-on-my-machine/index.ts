export { checkNames, dockerEnvironment, runApp, type Check, type CheckId, type CheckStatus, type Outcome } from './checks';
export type { WorksOnMyMachineEvent } from './events';
export {
  image,
  itemNames,
  items,
  machine,
  machines,
  optionLabel,
  options,
  type Environment,
  type Item,
  type Machine,
  type MachineId,
  type Option,
} from './machines';
export { introduction, machineResult, narrate } from './narrate';
export { createInitialState, isInitial, outcome, outcomeIn, type Mode, type Step, type WorksOnMyMachineState } from './state';
export { playTour, tour } from './tour';
export { transcript } from './transcript';
export { transition } from './transition';
