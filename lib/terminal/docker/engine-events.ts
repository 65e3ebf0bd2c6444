import type { PortBinding } from './engine-state';
import type { Reference } from './reference';

/** What `docker run` asks the daemon to create and start. */
export type RunSpec = {
  readonly reference: Reference;
  /** As typed, for `docker ps`. */
  readonly image: string;
  readonly name: string | null;
  readonly command: readonly string[];
  readonly ports: readonly PortBinding[];
  readonly env: Readonly<Record<string, string>>;
  readonly mounts: readonly string[];
  readonly workdir: string | null;
  readonly autoRemove: boolean;
  /** -it with a shell: it runs until the reader types exit. */
  readonly interactive: boolean;
  readonly service?: string;
};

export type EngineEvent =
  | { type: 'pull'; reference: Reference }
  | { type: 'run'; spec: RunSpec }
  | { type: 'start'; id: string }
  | { type: 'stop'; id: string }
  /** The container's main process ended by itself (`exit` in `docker run -it`). */
  | { type: 'exit'; id: string; code: number }
  | { type: 'remove'; id: string; force: boolean }
  | { type: 'remove-image'; name: string }
  | { type: 'tag'; source: string; target: Reference }
  | { type: 'login'; user: string }
  | { type: 'push'; reference: Reference }
  | { type: 'build'; reference: Reference }
  | { type: 'prune-containers' }
  /** An HTTP request to a published port (`curl localhost:8080`): the server logs it. */
  | { type: 'request'; port: number; path: string };
