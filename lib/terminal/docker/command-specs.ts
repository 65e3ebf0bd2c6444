import type { FlagSpec, ParsedFlags } from '../flags';
import type { CommandResult, ShellContext } from '../program';

// The shape of every docker command this terminal knows: its flags (the ones a beginner meets;
// docker has more), how many arguments cobra requires, and the one-line summary `docker --help`
// gives. Each world binds these to its own handlers, so a world loads only its own code.

export type Arity = { kind: 'min' | 'exact' | 'none'; count?: number };

export type Shape = {
  /** The key into usage.ts's usageLines. */
  readonly use: string;
  readonly summary: string;
  readonly flags: readonly FlagSpec[];
  readonly interspersed?: boolean;
  readonly arity: Arity;
};

export type CommandSpec<S, E> = Shape & {
  readonly run: (state: S, parsed: ParsedFlags, context: ShellContext) => CommandResult<S, E>;
};

/** What a docker program is made of: its commands, the compose plugin, and names to complete. */
export type CommandTable<S, E> = {
  readonly topLevel: Readonly<Record<string, CommandSpec<S, E>>>;
  readonly management: Readonly<Record<string, Readonly<Record<string, CommandSpec<S, E>>>>>;
  readonly compose: (state: S, argv: readonly string[], context: ShellContext) => CommandResult<S, E>;
  readonly composeCommands: readonly string[];
  /** Image names and container names in `state`, for Tab. */
  readonly names: (state: S) => { images: readonly string[]; containers: readonly string[] };
};

export const bind = <S, E>(shape: Shape, run: CommandSpec<S, E>['run'], use = shape.use): CommandSpec<S, E> => ({
  ...shape,
  use,
  run,
});

const help: FlagSpec = { name: 'help', kind: 'bool' };
const format: FlagSpec = { name: 'format', kind: 'string' };
const force: FlagSpec = { name: 'force', short: 'f', kind: 'bool' };
const some = (use: string, summary: string, flags: readonly FlagSpec[] = [], count = 1): Shape => ({
  use,
  summary,
  flags: [...flags, help],
  arity: { kind: 'min', count },
});
const exactly = (use: string, summary: string, count: number, flags: readonly FlagSpec[] = []): Shape => ({
  ...some(use, summary, flags),
  arity: { kind: 'exact', count },
});

export const shapes = {
  run: {
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
  },
  exec: {
    ...some(
      'exec',
      'Execute a command in a running container',
      [
        { name: 'interactive', short: 'i', kind: 'bool' },
        { name: 'tty', short: 't', kind: 'bool' },
        { name: 'detach', short: 'd', kind: 'bool' },
        { name: 'env', short: 'e', kind: 'list' },
      ],
      2,
    ),
    interspersed: false,
  },
  ps: {
    use: 'ps',
    summary: 'List containers',
    flags: [{ name: 'all', short: 'a', kind: 'bool' }, { name: 'quiet', short: 'q', kind: 'bool' }, format, help],
    arity: { kind: 'none' },
  },
  build: some(
    'build',
    'Start a build',
    [
      { name: 'tag', short: 't', kind: 'list' },
      { name: 'file', short: 'f', kind: 'string' },
      { name: 'platform', kind: 'string' },
      { name: 'push', kind: 'bool' },
      { name: 'progress', kind: 'string' },
      { name: 'no-cache', kind: 'bool' },
    ],
    0,
  ),
  pull: exactly('pull', 'Download an image from a registry', 1, [
    { name: 'platform', kind: 'string' },
    { name: 'quiet', short: 'q', kind: 'bool' },
  ]),
  push: exactly('push', 'Upload an image to a registry', 1, [{ name: 'quiet', short: 'q', kind: 'bool' }]),
  images: some(
    'images',
    'List images',
    [
      { name: 'all', short: 'a', kind: 'bool' },
      { name: 'quiet', short: 'q', kind: 'bool' },
      { name: 'digests', kind: 'bool' },
      format,
    ],
    0,
  ),
  login: some(
    'login',
    'Authenticate to a registry',
    [
      { name: 'username', short: 'u', kind: 'string' },
      { name: 'password', short: 'p', kind: 'string' },
      { name: 'password-stdin', kind: 'bool' },
    ],
    0,
  ),
  search: exactly('search', 'Search Docker Hub for images', 1, [{ name: 'limit', kind: 'int' }]),
  version: {
    use: 'version',
    summary: 'Show the Docker version information',
    flags: [{ ...format, short: 'f' }, help],
    arity: { kind: 'none' },
  },
  logs: some('logs', 'Fetch the logs of a container', [
    { name: 'follow', short: 'f', kind: 'bool' },
    { name: 'tail', short: 'n', kind: 'string' },
    { name: 'timestamps', short: 't', kind: 'bool' },
  ]),
  stop: some('stop', 'Stop one or more running containers', [{ name: 'time', short: 't', kind: 'int' }]),
  start: some('start', 'Start one or more stopped containers', [
    { name: 'attach', short: 'a', kind: 'bool' },
    { name: 'interactive', short: 'i', kind: 'bool' },
  ]),
  rm: some('rm', 'Remove one or more containers', [force, { name: 'volumes', short: 'v', kind: 'bool' }]),
  rmi: some('rmi', 'Remove one or more images', [force]),
  tag: exactly('tag', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', 2),
  inspect: some('inspect', 'Return low-level information on Docker objects', [{ ...format, short: 'f' }]),
  history: exactly('history', 'Show the history of an image', 1, [{ name: 'no-trunc', kind: 'bool' }]),
  df: {
    use: 'df',
    summary: 'Show docker disk usage',
    flags: [{ name: 'verbose', short: 'v', kind: 'bool' }, format, help],
    arity: { kind: 'none' },
  },
  prune: {
    use: 'prune',
    summary: 'Remove unused data',
    flags: [force, { name: 'all', short: 'a', kind: 'bool' }, { name: 'volumes', kind: 'bool' }, help],
    arity: { kind: 'none' },
  },
  containerPrune: { use: 'prune', summary: 'Remove all stopped containers', flags: [force, help], arity: { kind: 'none' } },
} satisfies Record<string, Shape>;
