import type { TerminalWorld } from '../program';
import { curlProgram } from './curl-program';
import { dockerProgram } from './docker-program';
import { engineSimulation, engineState } from './engine';
import type { EngineEvent } from './engine-events';
import { teamRepository, teamUser, type ComposeService, type EngineState, type Project } from './engine-state';
import { transition } from './engine-transition';
import { parseReference } from './reference';

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
};

const web = (image: string, build: boolean): ComposeService => ({
  name: 'web',
  build,
  image,
  ports: [{ host: 3000, container: '3000/tcp' }],
  env: { DATABASE_URL: 'postgres://postgres:password@db:5432/myapp_development' },
  healthcheck: false,
});

const noProject: Project = { name: 'user', path: home, dockerfile: false, compose: null };
const railsProject: Project = { name: 'myapp', path: projectPath, dockerfile: true, compose: [database, web('myapp-web', true)] };
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

const reference = (text: string) => {
  const parsed = parseReference(text);
  if (!parsed.ok) throw new Error(`bad reference in a world: ${text}`);
  return parsed.reference;
};

type EngineWorld = TerminalWorld<EngineState, EngineEvent>;

function world(id: string, initial: () => EngineState, cwd: string, directories: readonly string[] = []): EngineWorld {
  return {
    id,
    simulation: engineSimulation(`docker-engine-${id}`, initial),
    programs: [dockerProgram, curlProgram],
    shell: { cwd, env: { HOME: home, USER: 'user' }, directories },
  };
}

/** Chapter 1: a fresh Docker install. */
export const dockerWorld = world('docker', () => engineState(noProject), home);

/** Chapter 2: the same fresh engine, for `docker run --rm ubuntu uname -r`. */
export const backgroundWorld = world('background', () => engineState(noProject), home);

/** Chapter 3: the folder where `rails new` makes myapp, with the chapter's Dockerfile and compose.yaml. */
export const containerWorld = world('container', () => engineState(railsProject), home, [projectPath]);

/** Chapter 4: the myapp image from chapter 3 and the base image it was built from are on this computer. */
export const dockerHubWorld = world(
  'docker-hub',
  () =>
    after(engineState(railsProject), [
      { type: 'pull', reference: reference('ruby:3.4-slim-trixie') },
      { type: 'build', reference: reference('myapp') },
    ]),
  projectPath,
);

/** Chapter 5: the team lead's computer, logged in to the team's Docker Hub account, in the project folder. */
export const dockerDesktopWorld = world(
  'docker-desktop',
  () => after(engineState(teamProject, { pushed: { [teamRepository]: ['1.0'] } }), [{ type: 'login', user: teamUser }]),
  projectPath,
);

export const dockerWorlds: readonly EngineWorld[] = [
  dockerWorld,
  backgroundWorld,
  containerWorld,
  dockerHubWorld,
  dockerDesktopWorld,
];
