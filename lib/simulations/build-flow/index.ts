export type { BuildFlowEvent } from './events';
export { commandFor } from './command';
export { formatSeconds, formatSize } from './format';
export { narrate } from './narrate';
export { editableLines, imageName, recipe, type Instruction } from './recipe';
export {
  createInitialState,
  findImage,
  latestImage,
  nextBuildLine,
  nextStepCached,
  recipeChanged,
  type BuildFlowState,
  type Container,
  type Image,
  type Layer,
  type Step,
} from './state';
export { finishedState, transcript } from './transcript';
export { playTour, suggestNext, tourEditLine, type Variant } from './tour';
export { transition } from './transition';
export {
  canGoForward,
  createTimeline,
  delayBeforeNext,
  updateTimeline,
  type Playing,
  type Timeline,
  type TimelineAction,
} from './timeline';
export { flowSceneCodec, replayFlowScene, sceneOfTimeline, type FlowScene, type FlowSceneEvent } from './scene-link';
