import type { ClusterNode, ClusterState, Pod, VersionId } from './types';

/** Pods a ReplicaSet still counts as its own: everything not already shutting down. */
export function isActive(pod: Pod): boolean {
  return pod.status !== 'Terminating';
}

export function nodeOf(state: ClusterState, pod: Pod): ClusterNode | undefined {
  return pod.node === null ? undefined : state.nodes.find((node) => node.name === pod.node);
}

/**
 * A pod in the Service's endpoints: ready, as far as the control plane knows. A pod on a machine
 * that just stopped is still listed until its node is marked NotReady.
 */
export function isServing(pod: Pod, state: ClusterState): boolean {
  if (!pod.ready || !isActive(pod)) return false;
  return nodeOf(state, pod)?.condition === 'Ready';
}

/** A serving pod whose machine really answers: requests sent here succeed (up to the limit). */
export function answers(pod: Pod, state: ClusterState): boolean {
  return isServing(pod, state) && nodeOf(state, pod)?.up === true;
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
