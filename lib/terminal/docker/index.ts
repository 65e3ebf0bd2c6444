export { curlProgram } from './curl-program';
export { dockerProgram } from './engine-program';
export { engineSimulation, engineState, narrateEngine } from './engine';
export type { EngineEvent, RunSpec } from './engine-events';
export type { EngineContainer, EngineImage, EngineState } from './engine-state';
export { containerWorld } from './build-flow-world';
export { backgroundWorld, dockerDesktopWorld, dockerHubWorld, dockerWorld, dockerWorlds } from './worlds';
