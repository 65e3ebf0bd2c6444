import type { Simulation } from '../kernel';
import type { WorksOnMyMachineEvent } from './events';
import { narrate } from './narrate';
import { sceneCodec } from './scene';
import { createInitialState, type WorksOnMyMachineState } from './state';
import { lessonTranscript, suggest } from './tour';
import { transition } from './transition';

export {
  checkNames,
  runDocker,
  runInstalled,
  variantFor,
  type Check,
  type CheckId,
  type CheckStatus,
  type Outcome,
} from './checks';
export type { WorksOnMyMachineEvent } from './events';
export {
  build,
  builds,
  image,
  itemNames,
  items,
  machine,
  machines,
  optionLabel,
  options,
  type Build,
  type BuildId,
  type Cpu,
  type Environment,
  type Item,
  type Machine,
  type MachineId,
  type Option,
} from './machines';
export { introduction, machineResult, narrate } from './narrate';
export { createInitialState, outcome, outcomeIn, type Action, type Mode, type WorksOnMyMachineState } from './state';
export { suggest } from './tour';
export { transition } from './transition';

export const worksOnMyMachineCodec = sceneCodec(() => worksOnMyMachineSimulation);

export const worksOnMyMachineSimulation: Simulation<WorksOnMyMachineState, WorksOnMyMachineEvent> = {
  id: 'works-on-my-machine',
  initial: createInitialState,
  transition,
  narrate,
  transcript: () => lessonTranscript(worksOnMyMachineSimulation),
  still: createInitialState,
  suggest,
  codec: worksOnMyMachineCodec,
};
