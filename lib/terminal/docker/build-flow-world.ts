import {
  building,
  buildFlowFull,
  containerName,
  containerPort,
  currentImage,
  findImage,
  hostPorts,
  refusal,
  terminal,
  type BuildFlowEvent,
  type BuildFlowState,
  type Container,
  type Image,
} from '../../simulations/build-flow';
import { hexId } from '../../simulations/build-flow/hash';
import type { ParsedFlags } from '../flags';
import type { CommandResult, OutputLine, ShellContext, TerminalWorld } from '../program';
import { findRepository } from './catalog';
import { bind, shapes, type CommandTable } from './command-specs';
import { curlOver } from './curl-program';
import { unknownService } from './compose';
import { dockerProgramOver } from './docker-program';
import { ellipsis, humanDuration, humanSize, shortId, table } from './format';
import { familiar, parseReference } from './reference';
import { err, fail, hint, ok, out } from './result';
import { composeVersion, versionLines } from './system';

// Chapter 3's terminal runs against the build-flow widget's own simulation (buildFlowFull), so a
// typed `docker build` moves the widget's picture and a pressed button shows up in `docker ps`.
// It answers with the widget's events and prints from the state they lead to: the build's lines
// are the widget's own (lib/simulations/build-flow/terminal.ts), CACHED exactly where the widget
// reuses a layer. It builds the files as the widget's editor has them (the build context is the
// widget's state), and a Dockerfile BuildKit would reject fails here with BuildKit's error and
// exit code 1, the last image kept. What the widget does not draw (other images, a database, volumes) this world
// does not keep; the hint says so where a command touches it.

type Result = CommandResult<BuildFlowState, BuildFlowEvent>;

const simulation = buildFlowFull;
export const projectDir = '/home/user/myapp';
const tick: BuildFlowEvent = { type: 'tick' };

/** Applies `events`, then the clock's ticks until no build is running: a typed build runs to its end. */
function settle(state: BuildFlowState, events: readonly BuildFlowEvent[], now: number) {
  let current = state;
  const sent: BuildFlowEvent[] = [];
  const send = (event: BuildFlowEvent) => {
    current = simulation.transition(current, event, now);
    sent.push(event);
  };
  for (const event of events) {
    while (building(current)) send(tick);
    send(event);
  }
  while (building(current)) send(tick);
  return { state: current, events: sent };
}

const containerId = (state: BuildFlowState, container: Container) =>
  hexId(`container|${container.run}|${findImage(state, container.imageId)?.id ?? ''}`, 64);

/** By name (rails-N) or id prefix. */
function lookup(state: BuildFlowState, text: string): Container | null {
  if (text === '') return null;
  return (
    state.containers.find((container) => containerName(container.run) === text) ??
    state.containers.find((container) => containerId(state, container).startsWith(text)) ??
    null
  );
}

const noSuch = (name: string) =>
  fail(
    `Error response from daemon: No such container: ${name}`,
    `이름이나 ID가 ${name}인 컨테이너가 없습니다. docker ps -a 명령으로 있는 컨테이너의 이름을 확인해 보세요.`,
  );

const limit = (text: string): Result => ({ events: [], output: [hint(text)], exitCode: 1 });

const railsBoot = ['=> Booting Puma', `* Listening on http://0.0.0.0:${containerPort}`, 'Use Ctrl-C to stop'];

function build(state: BuildFlowState, parsed: ParsedFlags, context: ShellContext): Result {
  if (parsed.args.length !== 1) {
    return fail(
      "ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information",
      '빌드할 폴더(빌드 컨텍스트)를 마지막에 적어야 합니다. 지금 폴더라면 점 하나(.)를 붙이세요: docker build -t myapp .',
    );
  }
  const file = parsed.values.file;
  if (context.cwd !== projectDir || (typeof file === 'string' && file !== 'Dockerfile' && file !== './Dockerfile')) {
    const name = typeof file === 'string' ? file : 'Dockerfile';
    return fail(
      `ERROR: failed to build: failed to solve: failed to read dockerfile: open ${name}: no such file or directory`,
      `${context.cwd} 폴더에 ${name} 파일이 없습니다. Dockerfile이 있는 폴더로 cd 한 뒤 빌드하세요(cd myapp).`,
    );
  }
  const tags = (parsed.values.tag as string[] | undefined) ?? [];
  const reference = tags[0] === undefined ? null : parseReference(tags[0]);
  if (reference && !reference.ok) {
    return fail(
      `ERROR: failed to build: invalid tag "${tags[0] ?? ''}": ${reference.error}`,
      '-t에 준 이미지 이름을 읽을 수 없습니다. 소문자로 이름:태그 형태로 주세요(예: -t myapp:1.0).',
    );
  }
  const tag = reference?.ok ? familiar(reference.reference) : undefined;
  const done = settle(state, [{ type: 'build', ...(tag ? { tag } : {}) }], context.now);
  const lines = terminal(done.state)?.output ?? [];
  const problem = done.state.build?.problem;
  if (!problem) return ok(lines, done.events);
  // The steps done so far go to the progress output; the excerpt and the error to stderr, as in Docker.
  const summary = lines.findIndex((line) => line === '------' || /^Dockerfile:\d+$/.test(line) || line.startsWith('ERROR: '));
  const kept = currentImage(done.state);
  return {
    events: done.events,
    output: [
      ...out(lines.slice(0, summary)),
      ...err(lines.slice(summary)),
      hint(`${problem.explanation}${kept ? ` 전에 만든 ${kept.tags.at(-1) ?? kept.id} 이미지는 그대로 있습니다.` : ''}`),
    ],
    exitCode: 1,
  };
}

function publish(parsed: ParsedFlags): { port: number | null } | { result: Result } {
  const values = (parsed.values.publish as string[] | undefined) ?? [];
  if (values.length === 0) return { port: null };
  const [host = '', inside = ''] = (values[0] ?? '').split(':').slice(-2);
  if (values.length > 1 || !/^\d+$/.test(host) || inside.split('/')[0] !== String(containerPort)) {
    return {
      result: limit(
        `이 실습의 앱은 컨테이너의 ${containerPort}번 포트에서 기다리므로 -p 내포트:${containerPort} 하나만 받습니다(예: -p 8080:${containerPort}).`,
      ),
    };
  }
  if (!(hostPorts as readonly number[]).includes(Number(host))) {
    return { result: limit(`이 실습에서 고를 수 있는 내 컴퓨터의 포트는 ${hostPorts.join(', ')}번입니다.`) };
  }
  return { port: Number(host) };
}

/** Images the widget does not draw: a --rm run of an official image leaves nothing behind, so it can run. */
function runElsewhere(imageText: string, parsed: ParsedFlags): Result {
  const reference = parseReference(imageText);
  const hub = reference.ok ? findRepository(reference.reference.repository) : null;
  if (!reference.ok || !hub || parsed.values.rm !== true) {
    return limit(
      '이 장의 그림은 Dockerfile로 만든 앱 이미지와 그 컨테이너만 그립니다. 다른 이미지의 컨테이너는 1장(docker)의 터미널에서 실행해 보세요.',
    );
  }
  const path = reference.reference.repository.includes('/')
    ? reference.reference.repository
    : `library/${reference.reference.repository}`;
  const lines = [
    `Unable to find image '${familiar(reference.reference)}' locally`,
    `${reference.reference.tag}: Pulling from ${path}`,
    ...Array.from(
      { length: hub.layers },
      (_, index) => `${hexId(`${index * 7919}|${reference.reference.repository}|layer`)}: Pull complete`,
    ),
    `Digest: sha256:${hexId(`digest|${familiar(reference.reference)}`, 64)}`,
    `Status: Downloaded newer image for ${familiar(reference.reference)}`,
  ];
  return {
    events: [],
    output: [
      ...err(lines),
      hint(
        '이 장의 그림은 앱 이미지만 그리므로, 받은 이미지와 --rm으로 지워진 컨테이너는 남겨 두지 않습니다. 스크립트의 출력도 생략합니다. 실제로는 설치 과정이 몇 분 동안 출력됩니다.',
      ),
    ],
    exitCode: 0,
  };
}

function run(state: BuildFlowState, parsed: ParsedFlags, context: ShellContext): Result {
  const [imageText = ''] = parsed.args;
  const image = state.images.find(
    (candidate) => candidate.tags.includes(imageText) || candidate.tags.includes(`${imageText}:latest`),
  );
  if (!image) return runElsewhere(imageText, parsed);
  if (image.id !== currentImage(state)?.id) {
    return limit(`이 실습은 마지막으로 빌드한 이미지(${currentImage(state)?.tags.at(-1) ?? ''})로만 컨테이너를 실행합니다.`);
  }
  if (parsed.args.length > 1) return limit('이 실습의 앱 컨테이너는 이미지의 CMD(bin/rails server)로만 실행합니다.');
  const port = publish(parsed);
  if ('result' in port) return port.result;
  const event: BuildFlowEvent = { type: 'run', port: port.port };
  const reason = refusal(state, event);
  if (reason) return limit(reason);
  const done = settle(state, [event], context.now);
  const notes: OutputLine[] = [];
  const name = parsed.values.name;
  const made = done.state.containers.at(-1) as Container;
  if (typeof name === 'string' && name !== containerName(made.run)) {
    notes.push(
      hint(`이 실습의 그림은 컨테이너 이름을 차례대로 ${containerName(made.run)}처럼 붙이므로 --name은 쓰지 않았습니다.`),
    );
  }
  if (made.status === 'created') {
    const [line = ''] = terminal(done.state)?.output ?? [];
    const holder = done.state.containers.find((container) => container.status === 'running' && container.port === port.port);
    return {
      events: done.events,
      output: [
        ...err([line, '', "Run 'docker run --help' for more information"]),
        hint(
          `내 컴퓨터의 ${port.port ?? ''}번 포트를 이미 ${holder ? containerName(holder.run) : '다른'} 컨테이너가 쓰고 있습니다. 컨테이너는 만들어졌지만 시작하지 못했습니다(Created). 다른 포트를 주거나 그 컨테이너를 먼저 멈추세요.`,
        ),
      ],
      exitCode: 125,
    };
  }
  if (parsed.values.detach === true)
    return { events: done.events, output: [...out([containerId(done.state, made)]), ...notes], exitCode: 0 };
  // Attached: the server's log until Ctrl+C, which stops the container (and --rm removes it).
  const interrupt: BuildFlowEvent[] = [
    { type: 'stop', run: made.run },
    ...(parsed.values.rm === true ? [{ type: 'remove', run: made.run } as const] : []),
  ];
  return { events: done.events, output: [...notes, ...out(railsBoot)], exitCode: 0, follow: () => [], interrupt };
}

function portsOf(container: Container): string {
  if (container.status !== 'running') return '';
  return container.port === null
    ? `${containerPort}/tcp`
    : `0.0.0.0:${container.port}->${containerPort}/tcp, [::]:${container.port}->${containerPort}/tcp`;
}

function statusOf(container: Container, now: number): string {
  if (container.status === 'running') return `Up ${humanDuration(now - container.created)}`;
  if (container.status === 'stopped') return `Exited (0) ${humanDuration(now - (container.stopped ?? now))} ago`;
  return 'Created';
}

function ps(state: BuildFlowState, parsed: ParsedFlags, context: ShellContext): Result {
  const shown = [...state.containers]
    .reverse()
    .filter((container) => parsed.values.all === true || container.status === 'running');
  if (parsed.values.quiet === true) return ok(shown.map((container) => shortId(containerId(state, container))));
  return ok(
    table([
      ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
      ...shown.map((container) => [
        shortId(containerId(state, container)),
        findImage(state, container.imageId)?.tags.at(-1) ?? '',
        JSON.stringify(ellipsis('bin/rails server -b 0.0.0.0', 20)),
        `${humanDuration(context.now - container.created)} ago`,
        statusOf(container, context.now),
        portsOf(container),
        containerName(container.run),
      ]),
    ]),
  );
}

const sizeOf = (state: BuildFlowState, image: Image) =>
  image.layerIds.reduce((sum, id) => sum + (state.layers[id]?.sizeBytes ?? 0), 0);

function images(state: BuildFlowState): Result {
  const rows = state.images
    .flatMap((image) => image.tags.map((tag) => ({ tag: tag.includes(':') ? tag : `${tag}:latest`, image })))
    .sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const width = Math.max('IMAGE'.length, ...rows.map((row) => row.tag.length));
  const used = (image: Image) => state.containers.some((container) => container.imageId === image.id);
  const line = (name: string, id: string, disk: string, content: string, extra: string) =>
    `${name.padEnd(width)}   ${id.padEnd(12)}   ${disk.padStart(10)}   ${content.padStart(12)}   ${extra}`.trimEnd();
  return ok([
    line('IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA'),
    ...rows.map((row) => {
      const size = sizeOf(state, row.image);
      return line(row.tag, row.image.id, humanSize(size), humanSize(Math.round(size * 0.4)), used(row.image) ? 'U' : '');
    }),
  ]);
}

function history(state: BuildFlowState, parsed: ParsedFlags): Result {
  const name = parsed.args[0] ?? '';
  const image = state.images.find(
    (candidate) => candidate.tags.includes(name) || candidate.tags.includes(`${name}:latest`) || candidate.id.startsWith(name),
  );
  if (!image)
    return fail(
      `Error response from daemon: No such image: ${name}`,
      `이 컴퓨터에 ${name} 이미지가 없습니다. docker images 명령으로 있는 이미지를 확인해 보세요.`,
    );
  // Each instruction of the final stage is a row, newest first: the settings (CMD, EXPOSE) with no
  // layer, interleaved with the layers as the Dockerfile orders them.
  const rows = [
    ...image.layerIds.map((id) => ({
      line: state.layers[id]?.line ?? 0,
      text: state.layers[id]?.text ?? '',
      size: state.layers[id]?.sizeBytes ?? 0,
    })),
    ...image.settings.map((setting) => ({ line: setting.line, text: setting.text, size: 0 })),
  ]
    .sort((a, b) => a.line - b.line)
    .reverse();
  return ok(
    table([
      ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'],
      ...rows.map((row, index) => [
        index === 0 ? image.id : '<missing>',
        'N/A',
        ellipsis(row.text, 45),
        humanSize(row.size),
        'buildkit.dockerfile.v0',
      ]),
    ]),
  );
}

function each(
  state: BuildFlowState,
  names: readonly string[],
  now: number,
  events: (container: Container) => BuildFlowEvent[] | string,
): Result {
  let current = state;
  const sent: BuildFlowEvent[] = [];
  const output: OutputLine[] = [];
  let failed = false;
  for (const name of names) {
    const container = lookup(current, name);
    const wanted = container ? events(container) : null;
    if (!container || typeof wanted === 'string' || wanted === null) {
      output.push(
        ...(container
          ? [
              ...err([wanted as string]),
              hint(
                '실행 중인 컨테이너는 지울 수 없습니다. docker stop 명령으로 먼저 멈추거나 docker rm -f 명령으로 멈추면서 지우세요.',
              ),
            ]
          : noSuch(name).output),
      );
      failed = true;
      continue;
    }
    const done = settle(current, wanted, now);
    current = done.state;
    sent.push(...done.events);
    output.push(...out([name]));
  }
  return { events: sent, output, exitCode: failed ? 1 : 0 };
}

const stop = (state: BuildFlowState, parsed: ParsedFlags, context: ShellContext) =>
  each(state, parsed.args, context.now, (container) =>
    container.status === 'running' ? [{ type: 'stop', run: container.run }] : [],
  );

const rm = (state: BuildFlowState, parsed: ParsedFlags, context: ShellContext) =>
  each(state, parsed.args, context.now, (container) => {
    if (container.status !== 'running') return [{ type: 'remove', run: container.run }];
    if (parsed.values.force === true)
      return [
        { type: 'stop', run: container.run },
        { type: 'remove', run: container.run },
      ];
    return `Error response from daemon: cannot remove container "${containerName(container.run)}": container is running: stop the container before removing or force remove`;
  });

function logs(state: BuildFlowState, parsed: ParsedFlags): Result {
  const container = lookup(state, parsed.args[0] ?? '');
  if (!container) return noSuch(parsed.args[0] ?? '');
  const lines = container.status === 'created' ? [] : railsBoot;
  return { events: [], output: out(lines), exitCode: 0, ...(parsed.values.follow === true ? { follow: () => [] } : {}) };
}

function compose(state: BuildFlowState, argv: readonly string[], context: ShellContext): Result {
  const [name = '', ...rest] = argv;
  if (name === 'version') return ok([`Docker Compose version ${composeVersion}`]);
  if (context.cwd !== projectDir) {
    return fail(
      'no configuration file provided: not found',
      '이 폴더에 compose.yaml 파일이 없습니다. 프로젝트 폴더로 cd 한 뒤 다시 실행하세요(cd myapp).',
    );
  }
  const running = state.containers.filter((container) => container.status === 'running');
  const note = hint(
    '이 장의 그림은 앱(web) 컨테이너만 그립니다. 실제 Compose는 컨테이너 이름을 myapp-web-1처럼 붙이고 db 서비스(postgres:17)도 함께 띄웁니다.',
  );
  switch (name) {
    case 'up': {
      const named = rest.filter((arg) => !arg.startsWith('-'));
      const unknown = unknownService(['db', 'web'], named);
      if (unknown) return unknown;
      // `up db` starts the database alone (web depends on db, not the other way round): nothing this
      // chapter's picture draws.
      if (named.length > 0 && !named.includes('web')) {
        return {
          events: [],
          output: [
            ...out(['[+] Running 1/1', ' ✔ Container myapp-db-1  Started']),
            hint('데이터베이스(db)만 띄웠습니다. 이 장의 그림은 앱(web) 컨테이너만 그리므로 그림은 그대로입니다.'),
          ],
          exitCode: 0,
        };
      }
      const wantsBuild = rest.includes('--build') || !currentImage(state);
      const built = settle(state, wantsBuild ? [{ type: 'build', tag: 'myapp-web:latest' }] : [], context.now);
      const lines = wantsBuild ? (terminal(built.state)?.output ?? []) : [];
      const already = running.find((container) => container.port === containerPort);
      const started = already ? built : settle(built.state, [{ type: 'run', port: containerPort }], context.now);
      const made = already ?? started.state.containers.at(-1);
      const rows = made ? ['[+] Running 1/1', ` ✔ Container ${containerName(made.run)}  ${already ? 'Running' : 'Started'}`] : [];
      const events = already ? built.events : [...built.events, ...started.events];
      return { events, output: [...out([...lines, ...rows]), note], exitCode: 0 };
    }
    case 'exec':
      return running.length > 0 && rest.join(' ') === 'web bin/rails db:prepare'
        ? ok(["Created database 'myapp_development'"])
        : fail('service "web" is not running', 'web 서비스가 실행 중이 아닙니다. 먼저 docker compose up -d 명령으로 실행하세요.');
    case 'down': {
      const done = settle(
        state,
        state.containers.flatMap((container) => [
          ...(container.status === 'running' ? [{ type: 'stop', run: container.run } as const] : []),
          { type: 'remove', run: container.run } as const,
        ]),
        context.now,
      );
      const rows = state.containers.map((container) => ` ✔ Container ${containerName(container.run)}  Removed`);
      return { events: done.events, output: [...out([`[+] Running ${rows.length}/${rows.length}`, ...rows]), note], exitCode: 0 };
    }
    case 'ps': {
      const listed = ps(state, { values: {}, args: [] }, context);
      return { ...listed, output: [...listed.output, note] };
    }
    case 'logs':
      return {
        events: [],
        output: [...out(running.length > 0 ? railsBoot.map((line) => `web-1  | ${line}`) : []), note],
        exitCode: 0,
      };
    default:
      return fail(
        `unknown docker command: "compose ${name}"`,
        'docker compose 뒤에는 up, down, ps, logs, exec 같은 하위 명령을 씁니다.',
      );
  }
}

type S = BuildFlowState;
type E = BuildFlowEvent;

const table_: CommandTable<S, E> = {
  topLevel: {
    build: bind<S, E>(shapes.build, build),
    run: bind<S, E>(shapes.run, run),
    ps: bind<S, E>(shapes.ps, ps),
    images: bind<S, E>(shapes.images, images),
    history: bind<S, E>(shapes.history, history),
    stop: bind<S, E>(shapes.stop, stop),
    rm: bind<S, E>(shapes.rm, rm),
    logs: bind<S, E>(shapes.logs, logs),
    version: bind<S, E>(shapes.version, () => ({ events: [], output: out(versionLines()), exitCode: 0 })),
  },
  management: {
    container: { ls: bind<S, E>(shapes.ps, ps, 'ls'), stop: bind<S, E>(shapes.stop, stop), rm: bind<S, E>(shapes.rm, rm) },
    image: {
      ls: bind<S, E>(shapes.images, images, 'ls'),
      history: bind<S, E>(shapes.history, history),
      build: bind<S, E>(shapes.build, build),
    },
    buildx: { build: bind<S, E>(shapes.build, build) },
  },
  compose,
  composeCommands: ['up', 'down', 'ps', 'logs', 'exec', 'version'],
  names: (state) => ({
    images: state.images.flatMap((image) => image.tags),
    containers: state.containers.map((container) => containerName(container.run)),
  }),
};

/** Chapter 3: the shell starts in the folder where `rails new` makes myapp; the Dockerfile is in myapp. */
export const containerWorld: TerminalWorld<BuildFlowState, BuildFlowEvent> = {
  id: 'container',
  simulation,
  programs: [
    dockerProgramOver(table_),
    curlOver<BuildFlowState, BuildFlowEvent>((state, port) =>
      state.containers.some((container) => container.status === 'running' && container.port === port)
        ? { server: 'rails', events: [] }
        : null,
    ),
  ],
  shell: { cwd: '/home/user', env: { HOME: '/home/user', USER: 'user' }, directories: [projectDir] },
};
