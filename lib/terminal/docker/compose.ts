import type { ParsedFlags } from '../flags';
import { parseFlags, type FlagSpec } from '../flags';
import type { ShellContext } from '../program';
import { buildLines } from './build';
import { runInContainer } from './container-shell';
import { commandColumn, portsColumn, statusColumn } from './containers';
import type { EngineEvent, RunSpec } from './engine-events';
import { refusal } from './engine-rules';
import { hexId } from '../../simulations/build-flow/hash';
import { findImage, portHolder, type ComposeService, type EngineContainer, type EngineState } from './engine-state';
import { transition } from './engine-transition';
import { humanDuration, table } from './format';
import { followLogs } from './logs';
import { parseReference, type Reference } from './reference';
import { refusalText } from './refusal-text';
import { err, fail, hint, ok, out, type Answer, type DockerResult } from './result';
import { processOf } from './run';
import { composeVersion } from './system';

// `docker compose` (v2) over the project's compose.yaml: up (--build, -d), down, ps, logs (-f),
// exec, version. Containers are named <project>-<service>-1 and images <project>-<service>.

const containerName = (project: string, service: string) => `${project}-${service}-1`;

function services(state: EngineState): readonly ComposeService[] | null {
  return state.project.compose;
}

const noFile = () =>
  fail(
    'no configuration file provided: not found',
    '이 폴더에 compose.yaml(또는 docker-compose.yml) 파일이 없습니다. 파일이 있는 프로젝트 폴더로 cd 한 뒤 다시 실행하세요.',
    1,
  );

const flagSets: Record<string, readonly FlagSpec[]> = {
  up: [
    { name: 'detach', short: 'd', kind: 'bool' },
    { name: 'build', kind: 'bool' },
  ],
  down: [{ name: 'volumes', short: 'v', kind: 'bool' }],
  ps: [
    { name: 'all', short: 'a', kind: 'bool' },
    { name: 'quiet', short: 'q', kind: 'bool' },
  ],
  logs: [
    { name: 'follow', short: 'f', kind: 'bool' },
    { name: 'tail', short: 'n', kind: 'string' },
  ],
  exec: [
    { name: 'interactive', short: 'i', kind: 'bool' },
    { name: 'tty', short: 't', kind: 'bool' },
  ],
  version: [{ name: 'short', kind: 'bool' }],
};

export const composeCommands = Object.keys(flagSets);

export function composeCommand(state: EngineState, argv: readonly string[], context: ShellContext): DockerResult {
  const [name = '', ...rest] = argv;
  const flags = flagSets[name];
  if (!flags) {
    return fail(
      name === '' ? "docker: 'compose' requires a subcommand" : `unknown docker command: "compose ${name}"`,
      `docker compose 뒤에는 up, down, ps, logs, exec 같은 하위 명령을 씁니다. docker compose --help로 목록을 볼 수 있습니다.`,
    );
  }
  const parsed = parseFlags(flags, rest, { interspersed: name !== 'exec' });
  if (!parsed.ok) return fail(parsed.error, '이 옵션은 docker compose에 없습니다. 철자를 확인해 보세요.', 1);
  if (name === 'version')
    return ok([parsed.parsed.values.short === true ? composeVersion.slice(1) : `Docker Compose version ${composeVersion}`]);
  const list = context.cwd === state.project.path ? services(state) : null;
  if (!list) return noFile();
  switch (name) {
    case 'up':
      return up(state, list, parsed.parsed, context);
    case 'down':
      return down(state, list);
    case 'ps':
      return ps(state, list, context);
    case 'logs':
      return logs(state, list, parsed.parsed);
    default:
      return exec(state, parsed.parsed);
  }
}

const serviceContainer = (state: EngineState, service: string) =>
  state.containers.find((container) => container.name === containerName(state.project.name, service)) ?? null;

function imageOf(state: EngineState, service: ComposeService): Reference | null {
  const parsed = parseReference(service.build ? `${state.project.name}-${service.name}` : service.image);
  return parsed.ok ? parsed.reference : null;
}

/** Compose's progress block: a title, then one aligned row per resource. */
function block(title: string, rows: readonly (readonly [string, string])[]): string[] {
  if (rows.length === 0) return [];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [`[+] ${title} ${rows.length}/${rows.length}`, ...rows.map(([name, status]) => ` ✔ ${name.padEnd(width)}  ${status}`)];
}

/** Compose's answer when a service named on the command line is not one of `known`. */
export function unknownService(known: readonly string[], names: readonly string[]): Answer<never> | null {
  const unknown = names.find((name) => !known.includes(name));
  return unknown === undefined
    ? null
    : fail(
        `no such service: ${unknown}`,
        `compose.yaml에 ${unknown} 서비스가 없습니다. 서비스 이름은 ${known.join(', ')}입니다.`,
      );
}

const serviceNames = (list: readonly ComposeService[]) => list.map((service) => service.name);

/** The services `up NAME…` starts: the named ones and, through depends_on, what they need, in the file's order. */
function withDependencies(list: readonly ComposeService[], names: readonly string[]): readonly ComposeService[] {
  if (names.length === 0) return list;
  const wanted = new Set<string>();
  const add = (name: string) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const dependency of list.find((service) => service.name === name)?.dependsOn ?? []) add(dependency);
  };
  names.forEach(add);
  return list.filter((service) => wanted.has(service.name));
}

function up(state: EngineState, all: readonly ComposeService[], parsed: ParsedFlags, context: ShellContext): DockerResult {
  const unknown = unknownService(serviceNames(all), parsed.args);
  if (unknown) return unknown;
  const list = withDependencies(all, parsed.args);
  const project = state.project.name;
  let current = state;
  const events: EngineEvent[] = [];
  const built: string[] = [];
  const pulled: [string, string][] = [];
  const send = (event: EngineEvent) => {
    current = transition(current, event, context.now);
    events.push(event);
  };
  const fresh = all.every((service) => !serviceContainer(state, service.name));
  // Compose reports a service Healthy only when another one it starts waits for that health
  // (waitDependencies in docker/compose's convergence.go); brought up alone, it is Started or Running.
  const waitedFor = (service: ComposeService) =>
    service.healthcheck && list.some((other) => other.dependsOn.includes(service.name));
  const rows: [string, string][] = fresh
    ? [
        [`Network ${project}_default`, 'Created'],
        [`Volume ${project}_db-data`, 'Created'],
      ]
    : [];
  const failure = (message: string, explanation: string): DockerResult => ({
    events,
    output: [
      ...out([...built, ...block('Pulling', pulled), ...block('Running', rows)]),
      ...err(message.split('\n')),
      hint(explanation),
    ],
    exitCode: 1,
  });
  for (const service of list) {
    const reference = imageOf(current, service);
    if (!reference) continue;
    const tag = `${reference.repository}:${reference.tag}`;
    if (service.build && (parsed.values.build === true || !findImage(current, tag))) {
      built.push(...buildLines(reference, current.builds > 0));
      send({ type: 'build', reference });
    } else if (!findImage(current, tag)) {
      const pull: EngineEvent = { type: 'pull', reference };
      const refused = refusal(current, pull);
      if (refused) {
        const text = refusalText(refused);
        return failure(text.message, text.hint);
      }
      pulled.push([service.name, 'Pulled']);
      send(pull);
    }
    const name = containerName(project, service.name);
    const existing = serviceContainer(current, service.name);
    if (existing?.state === 'running') {
      rows.push([`Container ${name}`, waitedFor(service) ? 'Healthy' : 'Running']);
      continue;
    }
    const held = service.ports.map((port) => portHolder(current, port.host)).find((holder) => holder !== null);
    if (held) {
      return failure(
        `Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint ${name} (${hexId(`endpoint|${name}`, 64)}): Bind for 0.0.0.0:${service.ports[0]?.host ?? 0} failed: port is already allocated`,
        `${service.name} 서비스가 쓸 ${service.ports[0]?.host ?? 0}번 포트를 이미 ${held.name} 컨테이너가 쓰고 있습니다. docker stop ${held.name} 명령으로 먼저 멈추세요.`,
      );
    }
    if (existing) {
      send({ type: 'start', id: existing.id });
    } else {
      const spec: RunSpec = {
        reference,
        image: `${reference.repository}${reference.tag === 'latest' ? '' : `:${reference.tag}`}`,
        name,
        command: [],
        ports: service.ports,
        env: service.env,
        mounts: [],
        workdir: null,
        autoRemove: false,
        interactive: false,
        service: service.name,
      };
      const run: EngineEvent = { type: 'run', spec };
      const refused = refusal(current, run);
      if (refused) {
        const text = refusalText(refused);
        return failure(text.message, text.hint);
      }
      send(run);
    }
    rows.push([`Container ${name}`, waitedFor(service) ? 'Healthy' : 'Started']);
  }
  const lines = [...built, ...block('Pulling', pulled), ...block('Running', rows)];
  if (parsed.values.detach === true) return ok(lines, events);
  const attached = list.map((service) => `${service.name}-1`);
  return {
    events,
    output: [
      ...out([...lines, `Attaching to ${attached.join(', ')}`]),
      hint('-d 없이 실행하면 로그를 계속 보여 줍니다. Ctrl+C를 누르면 Compose가 컨테이너를 멈춥니다.'),
    ],
    exitCode: 0,
    follow: (beforeState, afterState, now) =>
      list.flatMap((service) => {
        const container = serviceContainer(afterState, service.name);
        return container ? followLogs(container.id, `${service.name}-1  | `)(beforeState, afterState, now) : [];
      }),
    interrupt: list.flatMap((service) => {
      const container = serviceContainer(current, service.name);
      return container ? [{ type: 'stop', id: container.id } as const] : [];
    }),
  };
}

function down(state: EngineState, list: readonly ComposeService[]): DockerResult {
  const containers = list
    .map((service) => serviceContainer(state, service.name))
    .filter((container): container is EngineContainer => container !== null)
    .reverse();
  if (containers.length === 0) return ok([]);
  const events: EngineEvent[] = containers.flatMap((container) => [
    ...(container.state === 'running' ? [{ type: 'stop', id: container.id } as const] : []),
    { type: 'remove', id: container.id, force: false } as const,
  ]);
  const rows: [string, string][] = [
    ...containers.map((container): [string, string] => [`Container ${container.name}`, 'Removed']),
    [`Network ${state.project.name}_default`, 'Removed'],
  ];
  return ok(block('Running', rows), events);
}

function ps(state: EngineState, list: readonly ComposeService[], context: ShellContext): DockerResult {
  const rows = list
    .map((service) => ({ service, container: serviceContainer(state, service.name) }))
    .filter((row): row is { service: ComposeService; container: EngineContainer } => row.container?.state === 'running');
  return ok(
    table([
      ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
      ...rows.map(({ service, container }) => [
        container.name,
        container.image,
        commandColumn(container),
        service.name,
        `${humanDuration(context.now - container.created)} ago`,
        `${statusColumn(container, context.now)}${service.healthcheck ? ' (healthy)' : ''}`,
        portsColumn(state, container),
      ]),
    ]),
  );
}

function logs(state: EngineState, list: readonly ComposeService[], parsed: ParsedFlags): DockerResult {
  const wanted = parsed.args.length > 0 ? list.filter((service) => parsed.args.includes(service.name)) : list;
  const unknown = unknownService(serviceNames(list), parsed.args);
  if (unknown) return unknown;
  const width = Math.max(...wanted.map((service) => `${service.name}-1`.length));
  const prefix = (service: ComposeService) => `${`${service.name}-1`.padEnd(width)}  | `;
  const lines = wanted.flatMap(
    (service) => serviceContainer(state, service.name)?.log.map((line) => `${prefix(service)}${line.text}`) ?? [],
  );
  return {
    events: [],
    output: out(lines),
    exitCode: 0,
    follow:
      parsed.values.follow === true
        ? (before, after, now) =>
            wanted.flatMap((service) => {
              const container = serviceContainer(after, service.name);
              return container ? followLogs(container.id, prefix(service))(before, after, now) : [];
            })
        : undefined,
  };
}

function exec(state: EngineState, parsed: ParsedFlags): DockerResult {
  const [service = '', ...command] = parsed.args;
  const container = serviceContainer(state, service);
  if (!state.project.compose?.some((candidate) => candidate.name === service)) {
    return fail(
      `service "${service}" is not running`,
      `compose.yaml에 ${service} 서비스가 없거나 아직 실행하지 않았습니다. docker compose ps로 실행 중인 서비스를 확인하세요.`,
    );
  }
  if (container?.state !== 'running') {
    return fail(
      `service "${service}" is not running`,
      `${service} 서비스가 실행 중이 아닙니다. 먼저 docker compose up -d 명령으로 실행하세요.`,
    );
  }
  const answer = runInContainer(processOf(state, container), command);
  return { events: [], output: [...out(answer.lines), ...err(answer.errors)], exitCode: answer.code };
}
