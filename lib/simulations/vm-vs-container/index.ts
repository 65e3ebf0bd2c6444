export { bootSeconds, facts, formatBytes, GB, host, MB, timeScale, type Kind, type KindFacts, type Stage } from './costs';
export type { VmVsContainerEvent } from './events';
export { introduction, narrate } from './narrate';
export {
  apps,
  costs,
  createInitialState,
  elapsedSeconds,
  findUnit,
  isBooting,
  isReady,
  stageAt,
  unitName,
  unitsOf,
  type Step,
  type Unit,
  type VmVsContainerState,
} from './state';
export { finishedState, playTour } from './tour';
export { transcript } from './transcript';
export { transition } from './transition';
