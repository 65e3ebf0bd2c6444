import { engineTable } from './commands';
import { dockerProgramOver } from './docker-program';

/** `docker` over the docker-engine world. */
export const dockerProgram = dockerProgramOver(engineTable);
