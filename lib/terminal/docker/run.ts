import { hexId } from '../../simulations/build-flow/hash';
import type { ParsedFlags } from '../flags';
import type { NestedShell, OutputLine, ShellContext } from '../program';
import { findRepository } from './catalog';
import { runInContainer, shellPrograms, type ContainerProcess } from './container-shell';
import type { EngineEvent, RunSpec } from './engine-events';
import { refusal } from './engine-rules';
import { findContainer, findImage, portHolder, type EngineContainer, type EngineState, type PortBinding } from './engine-state';
import { transition } from './engine-transition';
import { pullLines } from './pull-output';
import { familiar, parseReference } from './reference';
import { refusalText } from './refusal-text';
import { err, fail, hint, out, type DockerResult } from './result';
import { followLogs } from './logs';

// `docker run` and `docker exec`: create and start a container (pulling its image first when it
// is missing), print what it prints, and for `-it` with a shell enter a shell inside it.

const runHelp = (error: string) => `docker: ${error}\n\nRun 'docker run --help' for more information`;

function parsePorts(values: readonly string[]): { ports: PortBinding[] } | { error: string } {
  const ports: PortBinding[] = [];
  for (const value of values) {
    const parts = value.split(':');
    const [hostText, containerText] = parts.length === 3 ? [parts[1] ?? '', parts[2] ?? ''] : [parts[0] ?? '', parts[1]];
    if (containerText === undefined) return { error: `publishing a port without a host port is not supported here: ${value}` };
    const [port = '', protocol = 'tcp'] = containerText.split('/');
    if (!/^\d+$/.test(port) || Number(port) > 65535) return { error: `invalid containerPort: ${port}` };
    if (!/^\d+$/.test(hostText) || Number(hostText) > 65535) return { error: `invalid hostPort: ${hostText}` };
    ports.push({ host: Number(hostText), container: `${Number(port)}/${protocol}` });
  }
  return { ports };
}

function parseEnv(values: readonly string[], context: ShellContext): Record<string, string> {
  const env: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    // `-e NAME` alone passes the shell's own variable, and nothing when it is unset.
    if (at < 0) {
      const inherited = context.env[value];
      if (inherited !== undefined) env[value] = inherited;
    } else env[value.slice(0, at)] = value.slice(at + 1);
  }
  return env;
}

export const processOf = (state: EngineState, container: EngineContainer): ContainerProcess => {
  const image = state.images.find((candidate) => candidate.id === container.imageId);
  const hub = image?.source ? findRepository(image.source) : null;
  return {
    os: hub?.os ?? 'debian',
    hostname: container.id.slice(0, 12),
    env: container.env,
    workdir: container.workdir,
    command: container.command,
    service: container.service,
  };
};

const isShell = (command: readonly string[]) =>
  command.length === 1 && ['sh', 'bash', '/bin/sh', '/bin/bash'].includes(command[0] ?? '');

/** The prompt each image's shell shows as root: bash prints user@host:dir#, dash and ash less. */
function promptOf(state: EngineState, container: EngineContainer, shell: string): string {
  const process = processOf(state, container);
  if (shell.endsWith('bash')) return `root@${process.hostname}:${process.workdir}# `;
  return process.os === 'alpine' ? `${process.workdir} # ` : '# ';
}

/** A shell inside a running container, until `exit`. `onExit` is what leaving it does (run -it stops the container). */
export function containerShell(
  state: EngineState,
  container: EngineContainer,
  shell: string,
  exitEvents: (code: number) => readonly EngineEvent[],
): NestedShell<EngineState, EngineEvent> {
  const id = container.id;
  return {
    prompt: promptOf(state, container, shell),
    run(current, argv) {
      const live = findContainer(current, id);
      if (live?.state !== 'running') {
        return { events: [], output: [hint('컨테이너가 멈춰서 안의 셸도 끝났습니다.')], exitCode: 137, exit: true };
      }
      if (argv[0] === 'exit') {
        const code = Number(argv[1] ?? 0);
        return { events: exitEvents(Number.isInteger(code) ? code : 0), output: [], exitCode: 0, exit: true };
      }
      const answer = runInContainer(processOf(current, live), argv);
      return { events: [], output: [...out(answer.lines), ...err(answer.errors)], exitCode: answer.code };
    },
  };
}

export function runCommand(state: EngineState, parsed: ParsedFlags, context: ShellContext): DockerResult {
  const { values, args } = parsed;
  const [imageText = '', ...command] = args;
  const reference = parseReference(imageText);
  if (!reference.ok) {
    return fail(
      runHelp(reference.error),
      `이미지 이름을 읽을 수 없습니다: ${JSON.stringify(imageText)}. 이미지 이름은 소문자, 숫자와 . _ - / 만 쓰고, 태그는 콜론 뒤에 붙입니다(예: nginx:1.29).`,
      125,
    );
  }
  const ports = parsePorts((values.publish as string[] | undefined) ?? []);
  if ('error' in ports)
    return fail(runHelp(ports.error), '-p는 내 컴퓨터의 포트:컨테이너의 포트 형태로 씁니다(예: -p 8080:80).', 125);
  const name = (values.name as string | undefined) ?? null;
  if (name !== null && !/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name)) {
    return fail(
      runHelp(`Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`),
      '컨테이너 이름은 영문자나 숫자로 시작하고 영문자, 숫자, _ . - 만 쓸 수 있습니다.',
      125,
    );
  }
  const interactive = values.interactive === true && values.tty === true;
  const spec: RunSpec = {
    reference: reference.reference,
    image: imageText,
    name,
    command,
    ports: ports.ports,
    env: parseEnv((values.env as string[] | undefined) ?? [], context),
    mounts: (values.volume as string[] | undefined) ?? [],
    workdir: (values.workdir as string | undefined) ?? null,
    autoRemove: values.rm === true,
    interactive: interactive && (command.length === 0 ? isShellImage(state, imageText) : isShell(command)),
  };
  const result = startRun(state, spec, context.now, values.detach === true);
  // The simulation does not run shell scripts; it says so rather than invent their output.
  return command[0] === 'sh' && command[1] === '-c' && result.exitCode === 0
    ? {
        ...result,
        output: [
          ...result.output,
          hint(
            '이 터미널은 sh -c로 넘긴 스크립트의 출력을 보여 주지 않습니다. 실제로는 설치 과정이 몇 분 동안 출력되고, 끝나면 컨테이너가 지워집니다.',
          ),
        ],
      }
    : result;
}

function isShellImage(state: EngineState, imageText: string): boolean {
  const reference = parseReference(imageText);
  const repository = reference.ok ? reference.reference.repository : '';
  return findRepository(repository)?.behaviour.kind === 'shell' || findImage(state, imageText)?.command.endsWith('sh') === true;
}

/** Shared by `docker run` and `docker compose up`: pull if needed, then create and start. */
function startRun(state: EngineState, spec: RunSpec, now: number, detach: boolean): DockerResult {
  const events: EngineEvent[] = [];
  const before: OutputLine[] = [];
  let current = state;
  const tag = familiar(spec.reference);
  if (!findImage(state, tag)) {
    before.push({ stream: 'stderr', text: `Unable to find image '${tag}' locally` });
    const pull: EngineEvent = { type: 'pull', reference: spec.reference };
    const refused = refusal(current, pull);
    if (refused) {
      const text = refusalText(refused);
      return fail(runHelp(text.message), text.hint, 125, before);
    }
    const pulled = transition(current, pull, now);
    before.push(...err(pullLines(current, pulled, spec.reference)));
    events.push(pull);
    current = pulled;
  }
  const program = spec.command[0];
  if (program !== undefined && !isKnownProgram(program)) {
    return fail(
      runHelp(
        `Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${program}": executable file not found in $PATH: unknown`,
      ),
      `컨테이너 안에 ${program} 프로그램이 없습니다. 이미지 이름 뒤의 낱말은 컨테이너 안에서 실행할 명령이 됩니다. 옵션은 이미지 이름보다 앞에 쓰세요.`,
      127,
      before,
    );
  }
  const run: EngineEvent = { type: 'run', spec };
  const refused = refusal(current, run);
  if (refused) {
    const text = refusalText(refused);
    return fail(runHelp(text.message), text.hint, 125, before);
  }
  const held = spec.ports.find((port) => portHolder(current, port.host));
  const after = transition(current, run, now);
  events.push(run);
  if (held) {
    const holder = portHolder(current, held.host) as EngineContainer;
    const endpoint = hexId(`endpoint|${after.serial}`, 64);
    const name = spec.name ?? after.containers.at(-1)?.name ?? '';
    return {
      events,
      output: [
        ...before,
        ...err(
          runHelp(
            `Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint ${name} (${endpoint}): Bind for 0.0.0.0:${held.host} failed: port is already allocated`,
          ).split('\n'),
        ),
        hint(
          `내 컴퓨터의 ${held.host}번 포트를 이미 ${holder.name} 컨테이너가 쓰고 있습니다. 컨테이너는 만들어졌지만 시작하지 못했습니다(Created). -p에 다른 포트를 주거나 docker stop ${holder.name} 명령으로 먼저 멈추세요.`,
        ),
      ],
      exitCode: 125,
    };
  }
  const container = after.containers.at(-1) as EngineContainer;
  return attach(after, container, events, before, detach, spec.interactive);
}

function attach(
  after: EngineState,
  container: EngineContainer,
  events: EngineEvent[],
  before: OutputLine[],
  detach: boolean,
  interactive: boolean,
): DockerResult {
  // --rm: the daemon removes a container as soon as it has ended.
  const removal: EngineEvent[] =
    container.autoRemove && container.state === 'exited' ? [{ type: 'remove', id: container.id, force: false }] : [];
  if (detach) return { events: [...events, ...removal], output: [...before, ...out([container.id])], exitCode: 0 };
  if (interactive && container.state === 'running') {
    const shell = container.command.split(' ')[0]?.split('/').at(-1) || 'sh';
    const id = container.id;
    return {
      events,
      output: before,
      exitCode: 0,
      enter: containerShell(after, container, shell, (code) => [{ type: 'exit', id, code }]),
    };
  }
  const output = [...before, ...out(container.log.map((line) => line.text))];
  if (container.state === 'running') {
    // Ctrl+C in an attached run stops the container (and with --rm the daemon then removes it).
    return {
      events,
      output,
      exitCode: 0,
      follow: followLogs(container.id, null),
      interrupt: [{ type: 'stop', id: container.id }],
    };
  }
  return { events: [...events, ...removal], output, exitCode: container.exitCode };
}

const isKnownProgram = (program: string) =>
  (shellPrograms as readonly string[]).includes(program.split('/').at(-1) ?? '') ||
  ['irb', 'bin/rails', 'postgres', 'nginx'].includes(program);
