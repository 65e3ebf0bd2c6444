import type { ParsedFlags } from '../flags';
import type { ShellContext } from '../program';
import type { EngineEvent } from './engine-events';
import { refusal } from './engine-rules';
import { findContainer, findImage, type EngineContainer, type EngineState } from './engine-state';
import { transition } from './engine-transition';
import { ellipsis, humanDuration, shortId, table } from './format';
import { followLogs } from './logs';
import { refusalText } from './refusal-text';
import { err, fail, hint, ok, out, type DockerResult } from './result';
import { containerShell, processOf } from './run';
import { runInContainer } from './container-shell';

// Commands about containers that exist: ps, logs, stop, start, rm, exec, inspect, container prune.

/** PORTS as docker/cli prints them: IPv4 and IPv6 bindings, then exposed ports nothing publishes. */
export function portsColumn(state: EngineState, container: EngineContainer): string {
  if (container.state !== 'running') return '';
  const image = state.images.find((candidate) => candidate.id === container.imageId);
  const bound = container.ports.flatMap((port) => [
    `0.0.0.0:${port.host}->${port.container}`,
    `[::]:${port.host}->${port.container}`,
  ]);
  const unbound = (image?.exposed ?? []).filter((exposed) => !container.ports.some((port) => port.container === exposed));
  return [...unbound, ...bound].join(', ');
}

/** STATUS: the daemon's words, durations by go-units. */
export function statusColumn(container: EngineContainer, now: number): string {
  if (container.state === 'running') return `Up ${humanDuration(now - (container.started ?? now))}`;
  if (container.state === 'exited')
    return `Exited (${container.exitCode}) ${humanDuration(now - (container.finished ?? now))} ago`;
  return 'Created';
}

export const commandColumn = (container: EngineContainer) => JSON.stringify(ellipsis(container.command, 20));

export function psCommand(state: EngineState, parsed: ParsedFlags, context: ShellContext): DockerResult {
  const all = parsed.values.all === true;
  const shown = [...state.containers].reverse().filter((container) => all || container.state === 'running');
  if (parsed.values.quiet === true) return ok(shown.map((container) => shortId(container.id)));
  return ok(
    table([
      ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
      ...shown.map((container) => [
        shortId(container.id),
        container.image,
        commandColumn(container),
        `${humanDuration(context.now - container.created)} ago`,
        statusColumn(container, context.now),
        portsColumn(state, container),
        container.name,
      ]),
    ]),
  );
}

function missing(name: string, extra?: string): DockerResult {
  const text = refusalText({ code: 'no-such-container', name });
  return fail(extra ? `${text.message}\n${extra}` : text.message, text.hint);
}

export function logsCommand(state: EngineState, parsed: ParsedFlags): DockerResult {
  const name = parsed.args[0] ?? '';
  const container = findContainer(state, name);
  if (!container) return missing(name);
  const tail = parsed.values.tail;
  const lines = container.log.map((line) => line.text);
  const shown = typeof tail === 'string' && /^\d+$/.test(tail) ? lines.slice(Math.max(0, lines.length - Number(tail))) : lines;
  return {
    events: [],
    output: out(shown),
    exitCode: 0,
    follow: parsed.values.follow === true ? followLogs(container.id, null) : undefined,
  };
}

/** stop, start and rm act on each name in turn and print it; failures are listed after. */
function eachContainer(
  state: EngineState,
  names: readonly string[],
  now: number,
  event: (id: string) => EngineEvent,
  after?: (failed: readonly string[]) => string,
): DockerResult {
  let current = state;
  const events: EngineEvent[] = [];
  const output: DockerResult['output'][number][] = [];
  const failed: string[] = [];
  for (const name of names) {
    const next = event(name);
    const refused = refusal(current, next);
    if (refused) {
      const text = refusalText(refused);
      output.push(...err([text.message]), hint(text.hint));
      failed.push(name);
      continue;
    }
    current = transition(current, next, now);
    events.push(next);
    output.push(...out([name]));
  }
  if (failed.length > 0 && after) output.push(...err([after(failed)]));
  return { events, output, exitCode: failed.length > 0 ? 1 : 0 };
}

export const stopCommand = (state: EngineState, parsed: ParsedFlags, context: ShellContext) =>
  eachContainer(state, parsed.args, context.now, (id) => ({ type: 'stop', id }));

export const startCommand = (state: EngineState, parsed: ParsedFlags, context: ShellContext) =>
  eachContainer(
    state,
    parsed.args,
    context.now,
    (id) => ({ type: 'start', id }),
    (failed) => `failed to start containers: ${failed.join(', ')}`,
  );

export const rmCommand = (state: EngineState, parsed: ParsedFlags, context: ShellContext) =>
  eachContainer(state, parsed.args, context.now, (id) => ({ type: 'remove', id, force: parsed.values.force === true }));

export function execCommand(state: EngineState, parsed: ParsedFlags): DockerResult {
  const [name = '', ...command] = parsed.args;
  const container = findContainer(state, name);
  if (!container) return missing(name);
  if (container.state !== 'running') {
    return fail(
      `Error response from daemon: container ${container.id} is not running`,
      `${container.name} 컨테이너가 멈춰 있어서 안에서 명령을 실행할 수 없습니다. docker start ${container.name} 명령으로 먼저 시작하세요.`,
    );
  }
  const program = command[0] ?? '';
  if (
    parsed.values.interactive === true &&
    parsed.values.tty === true &&
    ['sh', 'bash', '/bin/sh', '/bin/bash'].includes(program)
  ) {
    return { events: [], output: [], exitCode: 0, enter: containerShell(state, container, program, () => []) };
  }
  const answer = runInContainer(processOf(state, container), command);
  if (answer.code === 127 && !['sh', 'bash'].includes(program)) {
    return fail(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown`,
      `${container.name} 컨테이너 안에 ${program} 프로그램이 없습니다. 슬림 이미지에는 ps, curl 같은 도구가 빠져 있기도 합니다.`,
      126,
    );
  }
  return { events: [], output: [...out(answer.lines), ...err(answer.errors)], exitCode: answer.code };
}

export function containerPruneCommand(state: EngineState, parsed: ParsedFlags): DockerResult {
  const prune = (current: EngineState): DockerResult => {
    const removed = current.containers.filter((container) => container.state !== 'running');
    const lines = removed.length > 0 ? ['Deleted Containers:', ...removed.map((container) => container.id), ''] : [];
    return ok([...lines, 'Total reclaimed space: 0B'], removed.length > 0 ? [{ type: 'prune-containers' }] : []);
  };
  const warning = 'WARNING! This will remove all stopped containers.';
  if (parsed.values.force === true) return prune(state);
  return {
    events: [],
    output: out([warning]),
    exitCode: 0,
    enter: {
      prompt: 'Are you sure you want to continue? [y/N] ',
      run(current, argv) {
        const yes = ['y', 'Y', 'yes'].includes(argv[0] ?? '');
        return yes ? { ...prune(current), exit: true } : { events: [], output: [], exitCode: 0, exit: true };
      },
    },
  };
}

/** `docker inspect`: the fields a beginner looks at, as the JSON array docker prints (indented 4). */
export function inspectCommand(state: EngineState, parsed: ParsedFlags): DockerResult {
  const objects: unknown[] = [];
  const output: DockerResult['output'][number][] = [];
  for (const name of parsed.args) {
    const container = findContainer(state, name);
    const image = container ? null : findImage(state, name);
    if (container) objects.push(inspectContainer(state, container));
    else if (image)
      objects.push({
        Id: image.id,
        RepoTags: image.tags,
        Size: image.sizeBytes,
        Config: { Cmd: image.command.split(' '), ExposedPorts: Object.fromEntries(image.exposed.map((port) => [port, {}])) },
      });
    else
      output.push(
        ...err([`Error: No such object: ${name}`]),
        hint(`이름이나 ID가 ${name}인 컨테이너도 이미지도 없습니다. docker ps -a와 docker images로 이름을 확인해 보세요.`),
      );
  }
  const format = parsed.values.format;
  if (typeof format === 'string') return formatInspect(objects, format, output);
  const json = JSON.stringify(objects, null, 4).split('\n');
  return { events: [], output: [...out(json), ...output], exitCode: output.length > 0 ? 1 : 0 };
}

function inspectContainer(state: EngineState, container: EngineContainer) {
  return {
    Id: container.id,
    Name: `/${container.name}`,
    State: { Status: container.state, Running: container.state === 'running', ExitCode: container.exitCode },
    Image: container.imageId,
    Config: {
      Env: Object.entries(container.env).map(([key, value]) => `${key}=${value}`),
      Cmd: container.command.split(' '),
      Image: container.image,
      WorkingDir: container.workdir === '/' ? '' : container.workdir,
    },
    HostConfig: {
      Binds: container.mounts,
      PortBindings: Object.fromEntries(
        container.ports.map((port) => [port.container, [{ HostIp: '', HostPort: String(port.host) }]]),
      ),
      AutoRemove: container.autoRemove,
    },
    NetworkSettings: { IPAddress: container.state === 'running' ? `172.17.0.${2 + state.containers.indexOf(container)}` : '' },
  };
}

/** `--format '{{.State.Status}}'`: Go template field paths only, which is what most people use. */
function formatInspect(objects: readonly unknown[], format: string, errors: DockerResult['output'][number][]): DockerResult {
  const lines: string[] = [];
  for (const object of objects) {
    const text = format.replace(/\{\{\s*(?:json\s+)?\.([\w.]+)\s*\}\}/g, (_, path: string) => {
      const value = path
        .split('.')
        .reduce<unknown>(
          (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
          object,
        );
      if (value === undefined) return '<no value>';
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    });
    lines.push(text);
  }
  return { events: [], output: [...out(lines), ...errors], exitCode: errors.length > 0 ? 1 : 0 };
}
