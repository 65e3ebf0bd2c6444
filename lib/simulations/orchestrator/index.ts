// The orchestrator simulation's public surface, for the view and the tests.
export * from './config';
export type * from './types';
export { transition, run } from './transition';
export { createCluster } from './cluster';
export { SCENES, playDemo } from './scenes';
export type { Scene, SceneId } from './scenes';
export { VERSIONS } from './versions';
export { isServing } from './pod-queries';
export { averageUtilization } from './horizontal-pod-autoscaler';
