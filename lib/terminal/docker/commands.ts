import type { FlagSpec, ParsedFlags } from '../flags';
import type { ShellContext } from '../program';
import { buildCommand } from './build';
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
import type { DockerResult } from './result';
import { runCommand } from './run';
import { systemDfCommand, systemPruneCommand, versionCommand } from './system';

// Every docker command this terminal runs: its flags (the ones a beginner meets; docker has more),
// how many arguments cobra requires, a one-line summary as `docker --help` gives it, and the
// handler. Aliases (`docker container ls`, `docker image ls`) point at the same entry.

export type Arity = { kind: 'min' | 'exact' | 'none'; count?: number };

export type CommandSpec = {
  /** The key into usage.ts's usageLines. */
  readonly use: string;
  readonly summary: string;
  readonly flags: readonly FlagSpec[];
  readonly interspersed?: boolean;
  readonly arity: Arity;
  readonly run: (state: EngineState, parsed: ParsedFlags, context: ShellContext) => DockerResult;
};

const help: FlagSpec = { name: 'help', kind: 'bool' };
const format: FlagSpec = { name: 'format', kind: 'string' };
const force: FlagSpec = { name: 'force', short: 'f', kind: 'bool' };

const run: CommandSpec = {
  use: 'run',
  summary: 'Create and run a new container from an image',
  flags: [
    { name: 'detach', short: 'd', kind: 'bool' },
    { name: 'interactive', short: 'i', kind: 'bool' },
    { name: 'tty', short: 't', kind: 'bool' },
    { name: 'rm', kind: 'bool' },
    { name: 'name', kind: 'string' },
    { name: 'publish', short: 'p', kind: 'list' },
    { name: 'env', short: 'e', kind: 'list' },
    { name: 'volume', short: 'v', kind: 'list' },
    { name: 'workdir', short: 'w', kind: 'string' },
    { name: 'platform', kind: 'string' },
    help,
  ],
  interspersed: false,
  arity: { kind: 'min', count: 1 },
  run: runCommand,
};

const ps: CommandSpec = {
  use: 'ps',
  summary: 'List containers',
  flags: [{ name: 'all', short: 'a', kind: 'bool' }, { name: 'quiet', short: 'q', kind: 'bool' }, format, help],
  arity: { kind: 'none' },
  run: psCommand,
};

const images: CommandSpec = {
  use: 'images',
  summary: 'List images',
  flags: [
    { name: 'all', short: 'a', kind: 'bool' },
    { name: 'quiet', short: 'q', kind: 'bool' },
    { name: 'digests', kind: 'bool' },
    format,
    help,
  ],
  arity: { kind: 'min', count: 0 },
  run: imagesCommand,
};

const build: CommandSpec = {
  use: 'build',
  summary: 'Start a build',
  flags: [
    { name: 'tag', short: 't', kind: 'list' },
    { name: 'file', short: 'f', kind: 'string' },
    { name: 'platform', kind: 'string' },
    { name: 'push', kind: 'bool' },
    { name: 'progress', kind: 'string' },
    { name: 'no-cache', kind: 'bool' },
    help,
  ],
  arity: { kind: 'min', count: 0 },
  run: buildCommand,
};

const each = (use: string, summary: string, handler: CommandSpec['run'], flags: readonly FlagSpec[] = []): CommandSpec => ({
  use,
  summary,
  flags: [...flags, help],
  arity: { kind: 'min', count: 1 },
  run: handler,
});

const logs = each('logs', 'Fetch the logs of a container', logsCommand, [
  { name: 'follow', short: 'f', kind: 'bool' },
  { name: 'tail', short: 'n', kind: 'string' },
  { name: 'timestamps', short: 't', kind: 'bool' },
]);
const exec: CommandSpec = {
  ...each('exec', 'Execute a command in a running container', execCommand, [
    { name: 'interactive', short: 'i', kind: 'bool' },
    { name: 'tty', short: 't', kind: 'bool' },
    { name: 'detach', short: 'd', kind: 'bool' },
    { name: 'env', short: 'e', kind: 'list' },
  ]),
  interspersed: false,
  arity: { kind: 'min', count: 2 },
};
const stop = each('stop', 'Stop one or more running containers', stopCommand, [{ name: 'time', short: 't', kind: 'int' }]);
const start = each('start', 'Start one or more stopped containers', startCommand, [
  { name: 'attach', short: 'a', kind: 'bool' },
  { name: 'interactive', short: 'i', kind: 'bool' },
]);
const rm = each('rm', 'Remove one or more containers', rmCommand, [force, { name: 'volumes', short: 'v', kind: 'bool' }]);
const rmi = each('rmi', 'Remove one or more images', rmiCommand, [force]);
const inspect = each('inspect', 'Return low-level information on Docker objects', inspectCommand, [{ ...format, short: 'f' }]);
const pull: CommandSpec = {
  ...each('pull', 'Download an image from a registry', pullCommand, [
    { name: 'platform', kind: 'string' },
    { name: 'quiet', short: 'q', kind: 'bool' },
  ]),
  arity: { kind: 'exact', count: 1 },
};
const push: CommandSpec = {
  ...each('push', 'Upload an image to a registry', pushCommand, [{ name: 'quiet', short: 'q', kind: 'bool' }]),
  arity: { kind: 'exact', count: 1 },
};
const tag: CommandSpec = {
  ...each('tag', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', tagCommand),
  arity: { kind: 'exact', count: 2 },
};
const history: CommandSpec = {
  ...each('history', 'Show the history of an image', historyCommand, [{ name: 'no-trunc', kind: 'bool' }]),
  arity: { kind: 'exact', count: 1 },
};
const search: CommandSpec = {
  ...each('search', 'Search Docker Hub for images', searchCommand, [{ name: 'limit', kind: 'int' }]),
  arity: { kind: 'exact', count: 1 },
};
const login: CommandSpec = {
  use: 'login',
  summary: 'Authenticate to a registry',
  flags: [
    { name: 'username', short: 'u', kind: 'string' },
    { name: 'password', short: 'p', kind: 'string' },
    { name: 'password-stdin', kind: 'bool' },
    help,
  ],
  arity: { kind: 'min', count: 0 },
  run: loginCommand,
};
const version: CommandSpec = {
  use: 'version',
  summary: 'Show the Docker version information',
  flags: [{ ...format, short: 'f' }, help],
  arity: { kind: 'none' },
  run: versionCommand,
};
const df: CommandSpec = {
  use: 'df',
  summary: 'Show docker disk usage',
  flags: [{ name: 'verbose', short: 'v', kind: 'bool' }, format, help],
  arity: { kind: 'none' },
  run: systemDfCommand,
};
const systemPrune: CommandSpec = {
  use: 'prune',
  summary: 'Remove unused data',
  flags: [force, { name: 'all', short: 'a', kind: 'bool' }, { name: 'volumes', kind: 'bool' }, help],
  arity: { kind: 'none' },
  run: systemPruneCommand,
};
const containerPrune: CommandSpec = {
  ...systemPrune,
  summary: 'Remove all stopped containers',
  flags: [force, help],
  run: containerPruneCommand,
};

/** Top-level commands, in the order `docker --help` lists its common ones. */
export const topLevel: Readonly<Record<string, CommandSpec>> = {
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

/** Management commands: `docker container ls`, `docker image ls`, `docker system df`. */
export const management: Readonly<Record<string, Readonly<Record<string, CommandSpec>>>> = {
  container: {
    run,
    exec,
    ls: { ...ps, use: 'ls' },
    ps: { ...ps, use: 'ls' },
    list: { ...ps, use: 'ls' },
    logs,
    stop,
    start,
    rm,
    inspect,
    prune: containerPrune,
  },
  image: {
    ls: { ...images, use: 'ls', arity: { kind: 'min', count: 0 } },
    list: { ...images, use: 'ls' },
    pull,
    push,
    tag,
    rm: { ...rmi, use: 'rmi' },
    history,
    inspect,
    build,
  },
  system: { df, prune: systemPrune },
  buildx: { build },
};
