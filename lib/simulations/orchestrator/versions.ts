import type { ReleaseId } from './types';

// Each version is a pod template: an image and a template hash that names its ReplicaSet.
// Real pod-template-hashes are about ten characters; five keep the table readable on a phone.
export const VERSIONS: Record<ReleaseId, { image: string; hash: string; becomesReady: boolean }> = {
  v1: { image: 'myteam/myapp:1.0', hash: '6d9f7', becomesReady: true },
  v2: { image: 'myteam/myapp:1.1', hash: '84c5b', becomesReady: true },
  // The broken release: the process runs but its readiness probe never passes.
  v3: { image: 'myteam/myapp:1.2', hash: 'f7b2d', becomesReady: false },
};

export function replicaSetName(version: ReleaseId): string {
  return `web-${VERSIONS[version].hash}`;
}
