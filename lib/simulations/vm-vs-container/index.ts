import type { Simulation, SimulationClock } from '../kernel';
import { bootMs } from './costs';
import type { VmVsContainerEvent } from './events';
import { narrate } from './narrate';
import { sceneCodec } from './scene';
import { createInitialState, isBooting, type VmVsContainerState } from './state';
import { lessonStill, lessonTranscript, suggest } from './tour';
import { transition } from './transition';

export {
  bootMs,
  capacity,
  facts,
  formatBytes,
  formatSeconds,
  GB,
  host,
  kinds,
  MB,
  usableBytes,
  type Kind,
  type KindFacts,
  type Stage,
} from './costs';
export type { VmVsContainerEvent } from './events';
export { fullNote, introduction, narrate } from './narrate';
export { maxEntries, maxSteps } from './scene';
export {
  costs,
  createInitialState,
  elapsedMs,
  isBooting,
  isConsistent,
  isReady,
  room,
  stageAt,
  unitName,
  unitsOf,
  type Action,
  type Unit,
  type VmVsContainerState,
} from './state';
export { suggest } from './tour';
export { transition } from './transition';

/** Simulated milliseconds per tick and real milliseconds per tick: time runs ten times faster. */
const step = 500;
const realMs = 50;

export const vmVsContainerClock: SimulationClock<VmVsContainerState, VmVsContainerEvent> = {
  event: { type: 'tick' },
  step,
  realMs,
  runs: isBooting,
  note: `시간은 ${step / realMs}배 빠르게 보여 줍니다. 가상 머신의 약 ${bootMs('vm') / 1000}초 부팅이 화면에서는 ${(bootMs('vm') * realMs) / step / 1000}초입니다.`,
};

export const vmVsContainerCodec = sceneCodec(() => vmVsContainerSimulation);

export const vmVsContainerSimulation: Simulation<VmVsContainerState, VmVsContainerEvent> = {
  id: 'vm-vs-container',
  initial: createInitialState,
  transition,
  narrate,
  transcript: () => lessonTranscript(vmVsContainerSimulation),
  still: () => lessonStill(vmVsContainerSimulation),
  suggest,
  clock: vmVsContainerClock,
  codec: vmVsContainerCodec,
};
