import { recipe, stepLines } from '../../simulations/build-flow/recipe';
import { hexId } from '../../simulations/build-flow/hash';
import { findRepository, sizeOf, type HubImage } from './catalog';
import { runInContainer } from './container-shell';
import type { EngineEvent, RunSpec } from './engine-events';
import { refusal } from './engine-rules';
import {
  containerId,
  findContainer,
  findImage,
  generatedName,
  imageId,
  portHolder,
  startedKept,
  type EngineContainer,
  type EngineImage,
  type EngineState,
  type LogLine,
} from './engine-state';
import { familiar, type Reference } from './reference';
import { accessTime, nginxTime } from './clock';

// The daemon's rules. A refused event returns the same state object (kernel contract); every
// accepted one returns a new state, with times taken from `now` and ids from hashes.

export function transition(state: EngineState, event: EngineEvent, now: number): EngineState {
  if (refusal(state, event) !== null) return state;
  switch (event.type) {
    case 'pull':
      return pull(state, event.reference, now);
    case 'run':
      return run(state, event.spec, now);
    case 'start':
      return update(state, event.id, (container) => (container.state === 'running' ? container : start(state, container, now)));
    case 'stop':
      return update(state, event.id, (container) => (container.state === 'running' ? stop(container, now, 0) : container));
    case 'exit':
      return update(state, event.id, (container) => stop(container, now, event.code));
    case 'remove': {
      const target = findContainer(state, event.id);
      return { ...state, containers: state.containers.filter((container) => container !== target) };
    }
    case 'remove-image':
      return removeImage(state, event.name);
    case 'tag': {
      const source = findImage(state, event.source) as EngineImage;
      return retag(state, source, familiar(event.target));
    }
    case 'login':
      return state.user === event.user ? state : { ...state, user: event.user };
    case 'push': {
      const tags = state.pushed[event.reference.repository] ?? [];
      if (tags.includes(event.reference.tag)) return state;
      return { ...state, pushed: { ...state.pushed, [event.reference.repository]: [...tags, event.reference.tag] } };
    }
    case 'build':
      return build(state, event.reference, now);
    case 'prune-containers': {
      const containers = state.containers.filter((container) => container.state === 'running');
      return containers.length === state.containers.length ? state : { ...state, containers };
    }
    case 'request':
      return request(state, event.port, event.path, now);
  }
}

function update(state: EngineState, id: string, change: (container: EngineContainer) => EngineContainer): EngineState {
  const target = findContainer(state, id);
  if (!target) return state;
  const next = change(target);
  if (next === target) return state;
  // A container run with --rm is removed by the daemon as soon as it stops.
  const containers =
    next.autoRemove && next.state === 'exited'
      ? state.containers.filter((container) => container !== target)
      : state.containers.map((container) => (container === target ? next : container));
  return { ...state, containers };
}

function retag(state: EngineState, image: EngineImage, tag: string): EngineState {
  if (image.tags.includes(tag)) return state;
  // A tag names one image: moving it leaves the old image with its other tags (or none: dangling).
  const images = state.images.map((other) =>
    other.id === image.id
      ? { ...other, tags: [...other.tags, tag].sort() }
      : { ...other, tags: other.tags.filter((existing) => existing !== tag) },
  );
  return { ...state, images };
}

function pull(state: EngineState, reference: Reference, now: number): EngineState {
  const tag = familiar(reference);
  const hub = findRepository(reference.repository);
  const id = imageId(hub ? tag.replace(/:latest$/, `:${hub.tags[1] ?? 'latest'}`) : `pushed|${tag}`);
  const existing = state.images.find((image) => image.id === id);
  if (existing) return existing.tags.includes(tag) ? state : retag(state, existing, tag);
  const team = state.images.find((image) => image.source === null && state.pushed[reference.repository]);
  const image: EngineImage = hub
    ? fromHub(hub, reference, id, now)
    : { ...(team ?? appImage(state, now)), id, tags: [tag], source: reference.repository, created: now };
  return { ...state, images: [...state.images.map((other) => ({ ...other, tags: other.tags.filter((t) => t !== tag) })), image] };
}

/** How long before the pull the official images were built (illustrative). */
const hubImageAge = 12 * 24 * 3_600_000;

function fromHub(hub: HubImage, reference: Reference, id: string, now: number): EngineImage {
  const size = sizeOf(hub, reference.tag);
  return {
    id,
    tags: [familiar(reference)],
    source: hub.repository,
    digest: `sha256:${hexId(`digest|${familiar(reference)}`, 64)}`,
    sizeBytes: size,
    // CREATED is when the publisher built it, not when it was pulled: an illustrative 12 days.
    created: now - hubImageAge,
    command: hub.command,
    exposed: hub.exposed,
    history: [
      {
        createdBy: `CMD [${hub.command
          .split(' ')
          .map((word) => `"${word}"`)
          .join(' ')}]`,
        sizeBytes: 0,
      },
      ...Array.from({ length: hub.layers }, (_, index) => ({
        createdBy: index === hub.layers - 1 ? '# debian.sh --arch amd64 out/ trixie' : 'RUN /bin/sh -c set -eux; …',
        sizeBytes: Math.round(size / hub.layers),
      })),
    ],
  };
}

/** The image the project's Dockerfile (the chapter's, in lib/simulations/build-flow/recipe.ts) builds: always the same, so a rebuild reuses it. */
function appImage(state: EngineState, now: number): EngineImage {
  const steps = recipe.filter((instruction) => instruction.kind !== 'from');
  const size = recipe.reduce((sum, instruction) => sum + instruction.sizeBytes, 0);
  return {
    id: imageId(`${state.project.name}|${stepLines.join()}`),
    tags: [],
    source: null,
    digest: `sha256:${hexId(`digest|${state.project.name}`, 64)}`,
    sizeBytes: size,
    created: now,
    command: 'bin/rails server -b 0.0.0.0',
    exposed: ['3000/tcp'],
    history: [...steps].reverse().map((instruction) => ({ createdBy: instruction.text(0), sizeBytes: instruction.sizeBytes })),
  };
}

function build(state: EngineState, reference: Reference, now: number): EngineState {
  const builds = state.builds + 1;
  const base = state.images.find((image) => image.id === appImage(state, now).id);
  const image = base ?? appImage(state, now);
  const withImage = base ? state : { ...state, images: [...state.images, image] };
  return { ...retag(withImage, image, familiar(reference)), builds };
}

function removeImage(state: EngineState, name: string): EngineState {
  const image = findImage(state, name) as EngineImage;
  const named = name.includes(':') ? name : `${name}:latest`;
  if (image.tags.length > 1 && image.tags.includes(named)) {
    return {
      ...state,
      images: state.images.map((other) => (other === image ? { ...other, tags: other.tags.filter((t) => t !== named) } : other)),
    };
  }
  return { ...state, images: state.images.filter((other) => other !== image) };
}

function run(state: EngineState, spec: RunSpec, now: number): EngineState {
  const image = findImage(state, familiar(spec.reference)) as EngineImage;
  const serial = state.serial + 1;
  const name = spec.name ?? generatedName(serial);
  const id = containerId(serial, name);
  const hub = image.source ? findRepository(image.source) : null;
  const command = spec.command.length > 0 ? spec.command.join(' ') : image.command;
  const created: EngineContainer = {
    id,
    name,
    image: spec.image,
    imageId: image.id,
    command,
    created: now,
    started: null,
    finished: null,
    state: 'created',
    exitCode: 0,
    ports: spec.ports,
    env: {
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOSTNAME: id.slice(0, 12),
      ...spec.env,
      HOME: '/root',
    },
    mounts: spec.mounts,
    workdir: spec.workdir ?? (hub ? '/' : '/rails'),
    autoRemove: spec.autoRemove,
    log: [],
    service: spec.service ?? null,
  };
  const next = { ...state, serial, containers: [...state.containers, created] };
  // Docker creates the container, then fails to start it while the port is taken: it stays "Created".
  // With --rm it is removed again at once.
  if (spec.ports.some((port) => portHolder(state, port.host))) return spec.autoRemove ? { ...state, serial } : next;
  // Even with --rm the ended container stays until the program sends its removal, so what it
  // printed can still be read from this state.
  const started = start(next, created, now, spec.interactive);
  return {
    ...next,
    containers: next.containers.map((container) => (container.id === id ? started : container)),
    started: [...(state.started ?? []), { imageId: image.id, command }].slice(-startedKept),
  };
}

function start(state: EngineState, container: EngineContainer, now: number, interactive = false): EngineContainer {
  const image = state.images.find((candidate) => candidate.id === container.imageId);
  const hub = image?.source ? findRepository(image.source) : null;
  const running = { ...container, state: 'running' as const, started: now, finished: null };
  const log = (lines: readonly string[]): LogLine[] => [...container.log, ...lines.map((text) => ({ at: now, text }))];
  if (interactive) return running;
  const behaviour = hub?.behaviour;
  const ownCommand = container.command !== image?.command;
  if (behaviour?.kind === 'serves' && !ownCommand) {
    const startup = behaviour.startup(container.env);
    const lines =
      hub?.repository === 'nginx' ? [...startup.lines, `${nginxTime(now)} [notice] 1#1: start worker processes`] : startup.lines;
    return startup.exitCode === undefined
      ? { ...running, log: log(lines) }
      : { ...running, log: log(lines), state: 'exited', finished: now, exitCode: startup.exitCode };
  }
  if (behaviour?.kind === 'prints' && !ownCommand)
    return { ...running, log: log(behaviour.output), state: 'exited', finished: now };
  if (!hub) return { ...running, log: log(['=> Booting Puma', '* Listening on http://0.0.0.0:3000', 'Use Ctrl-C to stop']) };
  // A shell, or a command given on the command line: it runs and ends.
  const answer = runInContainer(
    {
      os: hub.os,
      hostname: container.id.slice(0, 12),
      env: container.env,
      workdir: container.workdir,
      command: container.command,
      service: container.service,
    },
    shellWords(container.command),
  );
  return { ...running, log: log([...answer.lines, ...answer.errors]), state: 'exited', finished: now, exitCode: answer.code };
}

/** `sh -c "a && b"` runs its script; the simulation answers the script's long installs with nothing. */
function shellWords(command: string): string[] {
  const words = command.split(' ').filter((word) => word !== '');
  return words[0] === 'sh' && words[1] === '-c' ? [] : words;
}

function stop(container: EngineContainer, now: number, code: number): EngineContainer {
  const nginx = container.command.includes('nginx');
  const lines = nginx ? [`${nginxTime(now)} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down`] : [];
  return {
    ...container,
    state: 'exited',
    finished: now,
    exitCode: code,
    log: [...container.log, ...lines.map((text) => ({ at: now, text }))],
  };
}

function request(state: EngineState, port: number, path: string, now: number): EngineState {
  const holder = portHolder(state, port);
  if (!holder?.command.includes('nginx')) return state;
  const line = `172.17.0.1 - - [${accessTime(now)}] "GET ${path} HTTP/1.1" 200 615 "-" "curl/8.14.1" "-"`;
  return update(state, holder.id, (container) => ({ ...container, log: [...container.log, { at: now, text: line }] }));
}
