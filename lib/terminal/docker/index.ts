export { curlProgram } from './curl-program';
export { dockerProgram } from './docker-program';
export { engineSimulation, engineState, narrateEngine } from './engine';
export type { EngineEvent, RunSpec } from './engine-events';
export type { EngineContainer, EngineImage, EngineState } from './engine-state';
export { backgroundWorld, containerWorld, dockerDesktopWorld, dockerHubWorld, dockerWorld, dockerWorlds } from './worlds';
