import { buildCommand } from './build';
import { bind, shapes, type CommandSpec, type CommandTable } from './command-specs';
import { composeCommand, composeCommands } from './compose';
import {
  containerPruneCommand,
  execCommand,
  inspectCommand,
  logsCommand,
  psCommand,
  rmCommand,
  startCommand,
  stopCommand,
} from './containers';
import type { EngineEvent } from './engine-events';
import type { EngineState } from './engine-state';
import {
  historyCommand,
  imagesCommand,
  loginCommand,
  pullCommand,
  pushCommand,
  rmiCommand,
  searchCommand,
  tagCommand,
} from './images';
import { runCommand } from './run';
import { systemDfCommand, systemPruneCommand, versionCommand } from './system';

// The docker-engine world's commands: each shape bound to its handler. Aliases (`docker
// container ls`, `docker image ls`) point at the same handler with their own usage line.

type Spec = CommandSpec<EngineState, EngineEvent>;

const run = bind<EngineState, EngineEvent>(shapes.run, runCommand);
const ps = bind<EngineState, EngineEvent>(shapes.ps, psCommand);
const images = bind<EngineState, EngineEvent>(shapes.images, imagesCommand);
const build = bind<EngineState, EngineEvent>(shapes.build, buildCommand);
const logs = bind<EngineState, EngineEvent>(shapes.logs, logsCommand);
const exec = bind<EngineState, EngineEvent>(shapes.exec, execCommand);
const stop = bind<EngineState, EngineEvent>(shapes.stop, stopCommand);
const start = bind<EngineState, EngineEvent>(shapes.start, startCommand);
const rm = bind<EngineState, EngineEvent>(shapes.rm, rmCommand);
const rmi = bind<EngineState, EngineEvent>(shapes.rmi, rmiCommand);
const inspect = bind<EngineState, EngineEvent>(shapes.inspect, inspectCommand);
const pull = bind<EngineState, EngineEvent>(shapes.pull, pullCommand);
const push = bind<EngineState, EngineEvent>(shapes.push, pushCommand);
const tag = bind<EngineState, EngineEvent>(shapes.tag, tagCommand);
const history = bind<EngineState, EngineEvent>(shapes.history, historyCommand);
const search = bind<EngineState, EngineEvent>(shapes.search, searchCommand);
const login = bind<EngineState, EngineEvent>(shapes.login, loginCommand);
const version = bind<EngineState, EngineEvent>(shapes.version, versionCommand);

/** Top-level commands, in the order `docker --help` lists its common ones. */
const topLevel: Readonly<Record<string, Spec>> = {
  run,
  exec,
  ps,
  build,
  pull,
  push,
  images,
  login,
  search,
  version,
  logs,
  stop,
  start,
  rm,
  rmi,
  tag,
  inspect,
  history,
};

const containerLs = bind<EngineState, EngineEvent>(shapes.ps, psCommand, 'ls');

/** Management commands: `docker container ls`, `docker image ls`, `docker system df`. */
const management: Readonly<Record<string, Readonly<Record<string, Spec>>>> = {
  container: {
    run,
    exec,
    ls: containerLs,
    ps: containerLs,
    list: containerLs,
    logs,
    stop,
    start,
    rm,
    inspect,
    prune: bind(shapes.containerPrune, containerPruneCommand),
  },
  image: {
    ls: bind(shapes.images, imagesCommand, 'ls'),
    list: bind(shapes.images, imagesCommand, 'ls'),
    pull,
    push,
    tag,
    rm: rmi,
    history,
    inspect,
    build,
  },
  system: { df: bind(shapes.df, systemDfCommand), prune: bind(shapes.prune, systemPruneCommand) },
  buildx: { build },
};

export const engineTable: CommandTable<EngineState, EngineEvent> = {
  topLevel,
  management,
  compose: composeCommand,
  composeCommands,
  names: (state) => ({
    images: state.images.flatMap((image) => image.tags),
    containers: state.containers.map((container) => container.name),
  }),
};
