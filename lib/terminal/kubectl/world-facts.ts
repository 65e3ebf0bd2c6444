import {
  NODE_NAMES,
  templateOf,
  type ClusterState,
  type NodeName,
  type Pod,
  type VersionId,
} from '@/lib/simulations/orchestrator';

// What kubectl shows that the orchestrator simulation does not model: addresses, uids, the
// wall-clock time its second 0 stands for, the nodes' software. Each is derived from a name or a
// constant, so it is the same on every run and for every reader, and none claims more than the
// simulation knows (a pod has an IP only once its sandbox runs, as in a real cluster).

/** The wall-clock moment simulated second 0 stands for (describe's Start Time, -o yaml timestamps). */
export const EPOCH_MS = Date.UTC(2026, 11, 1, 9, 0, 0);

/** When the chapter's objects were applied, in simulated seconds: before the first pods (created at -120). */
export const APPLIED_AT = -125;
/** When the nodes joined the cluster. */
export const NODES_JOINED_AT = -3 * 86_400;

export const NAMESPACE = 'default';
export const CONTEXT = 'kubernetes-admin@kubernetes';
export const KUBERNETES_VERSION = 'v1.34.2';
export const KUSTOMIZE_VERSION = 'v5.7.1';
export const CONTAINER = 'web';
export const SERVICE_IP = '10.96.142.17';

/** FNV-1a: a stable small hash of a name. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function nodeIndex(node: NodeName): number {
  return NODE_NAMES.indexOf(node);
}

export function nodeIp(node: NodeName): string {
  return `10.0.1.${11 + nodeIndex(node)}`;
}

/** The pod CIDR of node-N is 10.244.N.0/24; the address within it comes from the pod's name. */
export function podIp(pod: Pod): string | null {
  if (pod.node === null || pod.status === 'Pending' || pod.status === 'ContainerCreating') return null;
  return `10.244.${nodeIndex(pod.node) + 1}.${2 + (hashOf(pod.name) % 250)}`;
}

export function uidOf(name: string): string {
  const hex = (seed: string) => hashOf(seed).toString(16).padStart(8, '0');
  const a = hex(`${name}/a`);
  const b = hex(`${name}/b`);
  const c = hex(`${name}/c`);
  const d = hex(`${name}/d`);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${'89ab'[hashOf(name) % 4]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

/** The image of `version`'s pod template; `state` knows the templates the reader wrote. */
export function imageOf(version: VersionId, state: Pick<ClusterState, 'templates'> = {}): string {
  return templateOf(state, version).image;
}

export function templateHash(version: VersionId, state: Pick<ClusterState, 'templates'> = {}): string {
  return templateOf(state, version).hash;
}

/** "Tue, 01 Dec 2026 09:02:05 +0000", as describe prints times. */
export function describeTime(second: number): string {
  const date = new Date(EPOCH_MS + second * 1000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${two(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

/** RFC 3339, as -o yaml prints creationTimestamp. */
export function rfc3339(second: number): string {
  return new Date(EPOCH_MS + second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The pods of the web Deployment that a selector matches: every one carries app=web and its template hash. */
export function podLabels(pod: Pod, state: Pick<ClusterState, 'templates'> = {}): Record<string, string> {
  return { app: 'web', 'pod-template-hash': templateHash(pod.version, state) };
}

export function findPod(state: ClusterState, name: string): Pod | undefined {
  return state.pods.find((pod) => pod.name === name);
}
