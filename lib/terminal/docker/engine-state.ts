import { hexId } from '../../simulations/build-flow/hash';
import { findRepository, type HubImage } from './catalog';
import type { Reference } from './reference';

// The docker-engine world: what a Docker Engine keeps (images, containers, the login) and the
// registry it pulls from and pushes to. Plain data; time is simulated milliseconds since the
// terminal opened, and every id is a hash of what made it, so a replay gives the same ids.

export type PortBinding = { readonly host: number; readonly container: string };

export type EngineImage = {
  readonly id: string;
  /** Familiar names, `nginx:latest`, sorted. */
  readonly tags: readonly string[];
  /** The catalog repository it came from, or null for an image built here. */
  readonly source: string | null;
  readonly digest: string;
  readonly sizeBytes: number;
  readonly created: number;
  readonly command: string;
  readonly exposed: readonly string[];
  /** For `docker history`: newest first, as it prints them. */
  readonly history: readonly { readonly createdBy: string; readonly sizeBytes: number }[];
};

export type LogLine = { readonly at: number; readonly text: string };

export type EngineContainer = {
  readonly id: string;
  readonly name: string;
  /** The image as the reader typed it (`nginx`), which `docker ps` shows. */
  readonly image: string;
  readonly imageId: string;
  readonly command: string;
  readonly created: number;
  readonly started: number | null;
  readonly finished: number | null;
  readonly state: 'created' | 'running' | 'exited';
  readonly exitCode: number;
  readonly ports: readonly PortBinding[];
  readonly env: Readonly<Record<string, string>>;
  readonly mounts: readonly string[];
  readonly workdir: string;
  readonly autoRemove: boolean;
  readonly log: readonly LogLine[];
  readonly service: string | null;
};

export type ComposeService = {
  readonly name: string;
  /** `build: .` (the project's Dockerfile) or an image to pull. */
  readonly build: boolean;
  readonly image: string;
  readonly ports: readonly PortBinding[];
  readonly env: Readonly<Record<string, string>>;
  /** A healthcheck (the database's pg_isready): what depends on it waits until it is healthy. */
  readonly healthcheck: boolean;
  /**
   * `depends_on` (with `condition: service_healthy`, as the chapters' compose.yaml): the services `up`
   * starts and waits for first, and starts too when only this one is named.
   */
  readonly dependsOn: readonly string[];
};

/** The project folder the shell starts in: its Dockerfile (if any) and compose.yaml (if any). */
export type Project = {
  readonly name: string;
  /** The folder that holds them; `docker build .` and `docker compose` read it only from there. */
  readonly path: string;
  readonly dockerfile: boolean;
  /** compose.yaml's services in start order (a service after those it depends on), or null without one. */
  readonly compose: readonly ComposeService[] | null;
};

export type EngineState = {
  readonly images: readonly EngineImage[];
  readonly containers: readonly EngineContainer[];
  /** Only grows: every container and build gets the next number, so ids never repeat. */
  readonly serial: number;
  readonly user: string | null;
  /** What the reader has pushed: repository → tags. */
  readonly pushed: Readonly<Record<string, readonly string[]>>;
  /** Builds of the project's Dockerfile so far; from the second on, every step is CACHED. */
  readonly builds: number;
  readonly project: Project;
  /**
   * The latest `docker run`s whose container started, oldest first (at most `startedKept`), kept
   * after the container is removed (`--rm`): what a chapter's exercise reads ("a container of
   * ubuntu ran uname -r"). Absent in a state from before it was kept, which reads as none.
   */
  readonly started?: readonly StartedRun[];
};

export type StartedRun = { readonly imageId: string; readonly command: string };
export const startedKept = 20;

/** A private repository the reader's team owns on the simulated Hub: pulling it needs a login. */
export const teamRepository = 'myteam/myapp';
export const teamUser = 'myteam';

export const imageId = (seed: string) => `sha256:${hexId(`image|${seed}`, 64)}`;
export const containerId = (serial: number, name: string) => hexId(`container|${serial}|${name}`, 64);

export function findImage(state: EngineState, text: string): EngineImage | null {
  const named = text.includes(':') ? text : `${text}:latest`;
  return (
    state.images.find((image) => image.tags.includes(named)) ??
    (text.length >= 4 ? state.images.find((image) => image.id.slice(7).startsWith(text.replace(/^sha256:/, ''))) : undefined) ??
    null
  );
}

/** By name, full id or unique id prefix, as the daemon looks a container up. */
export function findContainer(state: EngineState, text: string): EngineContainer | null {
  if (text === '') return null;
  const byName = state.containers.find((container) => container.name === text.replace(/^\//, ''));
  if (byName) return byName;
  const byId = state.containers.filter((container) => container.id.startsWith(text));
  return byId.length === 1 ? (byId[0] ?? null) : null;
}

export function portHolder(state: EngineState, host: number): EngineContainer | null {
  return state.containers.find((c) => c.state === 'running' && c.ports.some((port) => port.host === host)) ?? null;
}

/** The catalog entry a tag can be pulled from, or why not. */
export function hubLookup(
  state: EngineState,
  reference: Reference,
): { found: HubImage } | { missing: 'repository' | 'tag' } | { team: readonly string[] } {
  if (reference.repository === teamRepository) {
    const tags = state.pushed[teamRepository] ?? [];
    return { team: tags };
  }
  const pushed = state.pushed[reference.repository];
  if (pushed) return pushed.includes(reference.tag) ? { team: pushed } : { missing: 'tag' };
  const image = findRepository(reference.repository);
  if (!image) return { missing: 'repository' };
  return image.tags.includes(reference.tag) ? { found: image } : { missing: 'tag' };
}

/** Moby's names-generator picks an adjective and a scientist; here the serial picks them. */
const left = ['admiring', 'bold', 'eager', 'focused', 'jolly', 'quirky', 'vibrant', 'zealous'];
const right = ['hopper', 'lovelace', 'turing', 'curie', 'ritchie', 'hamilton', 'wozniak', 'torvalds'];
export const generatedName = (serial: number) =>
  `${left[serial % left.length]}_${right[Math.floor(serial / left.length) % right.length]}`;
