// The orchestrator simulation's public surface, for the view and the tests.
export * from './config';
export type * from './types';
export { transition } from './transition';
export { revisionsOf } from './revisions';
export * from './templates';
export { createCluster } from './cluster';
export { PRESETS } from './scenes';
export type { Preset, ReaderEvent, SceneId } from './scenes';
export { ORCHESTRATOR } from './simulation';
export { VERSIONS } from './versions';
export { answers, isActive, isServing } from './pod-queries';
export { averageUtilization } from './horizontal-pod-autoscaler';
export { recordLine, TIME_NOTE, TIME_SCALE } from './narrate';
export { clusterSceneCodec, MAX_SCENE_ENTRIES, MAX_SCENE_TIME } from './scene-link';
export { unschedulableNow } from './scheduler';
export { failedScheduling, object, topic, towards } from './narrate';
export { versionFor, changesNothing } from './manifest-apply';
