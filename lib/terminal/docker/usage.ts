// The `Usage:` line cobra prints for each command (its UseLine), and the help pointer after it.

export const usageLines: Readonly<Record<string, string>> = {
  run: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  exec: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  ps: 'ps [OPTIONS]',
  ls: 'ls [OPTIONS]',
  logs: 'logs [OPTIONS] CONTAINER',
  stop: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
  start: 'start [OPTIONS] CONTAINER [CONTAINER...]',
  rm: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
  rmi: 'rmi [OPTIONS] IMAGE [IMAGE...]',
  images: 'images [OPTIONS] [REPOSITORY[:TAG]]',
  pull: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
  push: 'push [OPTIONS] NAME[:TAG]',
  tag: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  login: 'login [OPTIONS] [SERVER]',
  inspect: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  history: 'history [OPTIONS] IMAGE',
  search: 'search [OPTIONS] TERM',
  version: 'version [OPTIONS]',
  df: 'df [OPTIONS]',
  prune: 'prune [OPTIONS]',
  build: 'build [OPTIONS] PATH | URL | -',
};

/** `docker run` → "docker run [OPTIONS] IMAGE …" for `path` "docker run" and `name` "run". */
export const usageLine = (path: string, name: string) => {
  const use = usageLines[name] ?? name;
  return `${path.split(' ').slice(0, -1).join(' ')} ${use}`;
};

/** cobra's flag error as docker/cli wraps it (cli/cobra.go FlagErrorFunc); exit status 125. */
export const flagError = (error: string, path: string, name: string) =>
  `${error}\n\nUsage:  ${usageLine(path, name)}\n\nRun '${path} --help' for more information`;

/** cli/required.go: too few or too many arguments; exit status 1. */
export function argsError(path: string, name: string, kind: 'min' | 'exact' | 'none', count = 1): string {
  const noun = count === 1 ? 'argument' : 'arguments';
  const usage = `\n\nUsage:  ${usageLine(path, name)}\n\n`;
  if (kind === 'none') return `docker: '${path}' accepts no arguments${usage}Run '${path} --help' for more information`;
  if (kind === 'min')
    return `docker: '${path}' requires at least ${count} ${noun}${usage}See '${path} --help' for more information`;
  return `docker: '${path}' requires ${count} ${noun}${usage}Run '${path} --help' for more information`;
}
