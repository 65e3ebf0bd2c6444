import { containerWorld } from './build-flow-world';
import { dockerHubWorld } from './docker-hub-world';
import { backgroundWorld, dockerDesktopWorld, dockerWorld } from './worlds';

export { curlProgram } from './curl-program';
export { dockerProgram } from './engine-program';
export { engineSimulation, engineState, narrateEngine } from './engine';
export type { EngineEvent, RunSpec } from './engine-events';
export type { EngineContainer, EngineImage, EngineState } from './engine-state';
export { backgroundWorld, dockerDesktopWorld, dockerWorld, engineWorld, railsProject } from './worlds';
export { containerWorld, dockerHubWorld, dockerWorlds };

// Each world lives in its own module (worlds.ts, build-flow-world.ts, docker-hub-world.ts), so a
// chapter's terminal can load only its own; this list is for code that needs them all.
const dockerWorlds = [dockerWorld, backgroundWorld, containerWorld, dockerHubWorld, dockerDesktopWorld] as const;
