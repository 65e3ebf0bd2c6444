export { curlProgram } from './curl-program';
export { dockerProgram } from './engine-program';
export { engineSimulation, engineState, narrateEngine } from './engine';
export type { EngineEvent, RunSpec } from './engine-events';
export type { EngineContainer, EngineImage, EngineState } from './engine-state';
export { containerWorld } from './build-flow-world';
export { dockerHubWorld } from './docker-hub-world';
export { backgroundWorld, dockerDesktopWorld, dockerWorld, dockerWorlds, engineWorld, railsProject } from './worlds';
