import type { ClusterState, Pod, VersionId } from './types';

/** Pods a ReplicaSet still counts as its own: everything not already shutting down. */
export function isActive(pod: Pod): boolean {
  return pod.status !== 'Terminating';
}

/** A pod the Service may send requests to. */
export function isServing(pod: Pod, state: ClusterState): boolean {
  if (!pod.ready || !isActive(pod) || pod.node === null) return false;
  return state.nodes.some((node) => node.name === pod.node && node.ready);
}

export function activePodsOf(state: ClusterState, version: VersionId): Pod[] {
  return state.pods.filter((pod) => pod.version === version && isActive(pod));
}

/** Ready pods of a version ("available" in Deployment terms; minReadySeconds is 0). */
export function availableOf(state: ClusterState, version: VersionId): number {
  return activePodsOf(state, version).filter((pod) => isServing(pod, state)).length;
}

export function servingPods(state: ClusterState): Pod[] {
  return state.pods.filter((pod) => isServing(pod, state));
}
