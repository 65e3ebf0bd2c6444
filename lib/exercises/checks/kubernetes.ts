import { isServing } from '@/lib/simulations/orchestrator/pod-queries';
import type { ClusterState } from '@/lib/simulations/orchestrator';
import { check, source } from '../source';

// Chapter 6 (kubernetes): the sandbox cluster, which the chapter's kubectl terminal runs on, so
// `kubectl scale` and the widget's controls count alike (and, once it lands, an applied manifest).
const sandbox = source<ClusterState>('orchestrator-sandbox');

const servingCount = (state: ClusterState) => state.pods.filter((pod) => isServing(pod, state)).length;

/** Every replica the Deployment asks for is ready and serving. */
const settled = (state: ClusterState) => servingCount(state) >= state.deployment.replicas;

export const kubernetesChecks = {
  'kubernetes-scale': check(sandbox, (state) => state.deployment.replicas === 5 && servingCount(state) === 5),
  // A pod was deleted, it is gone, and a pod made after the deletion is serving in its place.
  'kubernetes-self-healing': check(sandbox, (state) =>
    state.log.some(
      ({ time, note }) =>
        note.kind === 'pod-deleted' &&
        !state.pods.some((pod) => pod.name === note.pod) &&
        state.pods.some((pod) => isServing(pod, state) && pod.createdAt >= time) &&
        settled(state),
    ),
  ),
  // The release that never becomes ready (myteam/myapp:1.2) was rolled back, and the old version serves again in full.
  'kubernetes-bad-rollout': check(
    sandbox,
    (state) =>
      state.log.some(({ note }) => note.kind === 'rolled-back' && note.from === 'v3') &&
      state.deployment.version !== 'v3' &&
      !state.pods.some((pod) => pod.version === 'v3') &&
      settled(state),
  ),
};
