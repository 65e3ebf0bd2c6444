import type { TerminalWorld } from '../program';
import { curlProgram } from './curl-program';
import { dockerProgram } from './engine-program';
import { engineSimulation, engineState } from './engine';
import type { EngineEvent } from './engine-events';
import { teamRepository, teamUser, type ComposeService, type EngineState, type Project } from './engine-state';
import { transition } from './engine-transition';

// One terminal world per chapter that prints docker commands, each starting where the chapter's
// reader is: an empty engine for the first chapters, the Rails project folder for chapter 3, the
// image built there for chapter 4, a team's project for chapter 5.

const home = '/home/user';
const projectPath = `${home}/myapp`;

const database: ComposeService = {
  name: 'db',
  build: false,
  image: 'postgres:17',
  ports: [],
  env: { POSTGRES_PASSWORD: 'password' },
  healthcheck: true,
  dependsOn: [],
};

const web = (image: string, build: boolean): ComposeService => ({
  name: 'web',
  build,
  image,
  ports: [{ host: 3000, container: '3000/tcp' }],
  env: { DATABASE_URL: 'postgres://postgres:password@db:5432/myapp_development' },
  healthcheck: false,
  dependsOn: ['db'],
});

const noProject: Project = { name: 'user', path: home, dockerfile: false, compose: null };
/** Chapter 3's project folder: the Dockerfile and a compose.yaml that builds web and pulls db. */
export const railsProject: Project = {
  name: 'myapp',
  path: projectPath,
  dockerfile: true,
  compose: [database, web('myapp-web', true)],
};
const teamProject: Project = {
  name: 'myapp',
  path: projectPath,
  dockerfile: true,
  compose: [database, web(`${teamRepository}:1.0`, false)],
};

/** A state reached by events, so a starting point obeys the same rules as everything after it. */
function after(state: EngineState, events: readonly EngineEvent[]): EngineState {
  return events.reduce((current, event) => transition(current, event, 0), state);
}

type EngineWorld = TerminalWorld<EngineState, EngineEvent>;

export function engineWorld(
  id: string,
  initial: () => EngineState,
  cwd: string,
  directories: readonly string[] = [],
): EngineWorld {
  return {
    id,
    simulation: engineSimulation(`docker-engine-${id}`, initial),
    programs: [dockerProgram, curlProgram],
    shell: { cwd, env: { HOME: home, USER: 'user' }, directories },
  };
}

/** Chapter 1: a fresh Docker install. */
export const dockerWorld = engineWorld('docker', () => engineState(noProject), home);

/** Chapter 2: the same fresh engine, for `docker run --rm ubuntu uname -r`. */
export const backgroundWorld = engineWorld('background', () => engineState(noProject), home);

/** Chapter 5: the team lead's computer, logged in to the team's Docker Hub account, in the project folder. */
export const dockerDesktopWorld = engineWorld(
  'docker-desktop',
  () => after(engineState(teamProject, { pushed: { [teamRepository]: ['1.0'] } }), [{ type: 'login', user: teamUser }]),
  projectPath,
);
