import { PROGRESS_DEADLINE } from './config';
import { activePodsOf, availableOf, nodeOf } from './pod-queries';
import { unschedulableNow } from './scheduler';
import { replicaSetNameOf, resolveStrategy, specOf } from './templates';
import type { ClusterState, Pod, ReplicaSet, StallReason, Step } from './types';

// The Deployment controller's RollingUpdate strategy, after kubernetes/pkg/controller/deployment/
// rolling.go: it only resizes ReplicaSets; the ReplicaSet controller then creates or deletes pods.
// - the new ReplicaSet may grow while all pods together stay within replicas + maxSurge;
// - old ReplicaSets shrink only while available (ready) pods stay at least replicas − maxUnavailable,
//   and unhealthy old pods are cleaned up first (this is what lets a rollback drop broken pods).
export function rollingUpdate(state: ClusterState, now: number): Step {
  const { deployment } = state;
  const desired = deployment.replicas;
  let replicaSets = ensureReplicaSet(state, deployment.version, now);
  const { surge, unavailable } = resolveStrategy(specOf(state), desired);
  const isNew = (rs: ReplicaSet) => rs.version === deployment.version;
  const rolling = replicaSets.some((rs) => !isNew(rs) && rs.replicas > 0);

  if (!rolling) {
    replicaSets = replicaSets.map((rs) => (isNew(rs) ? { ...rs, replicas: desired } : rs));
    return finish({ ...state, replicaSets, deployment: { ...deployment, scaledFor: desired } }, now);
  }

  // The autoscaler changed replicas mid-rollout: resize every ReplicaSet in proportion.
  if (desired !== deployment.scaledFor) replicaSets = scaleProportionally(replicaSets, deployment.scaledFor, desired);

  const total = () => replicaSets.reduce((sum, rs) => sum + rs.replicas, 0);
  const available = (rs: ReplicaSet) => Math.min(rs.replicas, availableOf(state, rs.version));

  // 1. Scale up the new ReplicaSet within the surge limit.
  const newRs = replicaSets.find(isNew)!;
  const room = desired + surge - total();
  if (newRs.replicas < desired && room > 0) {
    const grown = Math.min(desired, newRs.replicas + room);
    replicaSets = replicaSets.map((rs) => (isNew(rs) ? { ...rs, replicas: grown } : rs));
  }

  // 2. Scale down old ReplicaSets without dropping below the minimum available.
  const minAvailable = desired - unavailable;
  const newNow = replicaSets.find(isNew)!;
  const newUnavailable = newNow.replicas - available(newNow);
  let maxScaledDown = total() - minAvailable - newUnavailable;
  if (maxScaledDown > 0) {
    // 2a. Unhealthy old pods first: they serve nothing, so removing them costs no availability.
    replicaSets = replicaSets.map((rs) => {
      if (isNew(rs) || maxScaledDown <= 0) return rs;
      const unhealthy = rs.replicas - available(rs);
      const cut = Math.min(unhealthy, maxScaledDown);
      maxScaledDown -= cut;
      return cut > 0 ? { ...rs, replicas: rs.replicas - cut } : rs;
    });
    // 2b. Then healthy old pods, only as far as the ready count allows.
    let allowed = replicaSets.reduce((sum, rs) => sum + available(rs), 0) - minAvailable;
    replicaSets = replicaSets.map((rs) => {
      if (isNew(rs) || allowed <= 0) return rs;
      const cut = Math.min(rs.replicas, allowed);
      allowed -= cut;
      return cut > 0 ? { ...rs, replicas: rs.replicas - cut } : rs;
    });
  }
  return finish({ ...state, replicaSets, deployment: { ...deployment, scaledFor: desired } }, now);
}

function ensureReplicaSet(state: ClusterState, version: ReplicaSet['version'], now: number): ReplicaSet[] {
  const { replicaSets } = state;
  if (replicaSets.some((rs) => rs.version === version)) return [...replicaSets];
  return [...replicaSets, { name: replicaSetNameOf(state, version), version, replicas: 0, createdAt: now }];
}

/** Proportional scaling, simplified: each active ReplicaSet takes its share of the change, the rest
 * goes to the largest one. */
export function scaleProportionally(replicaSets: readonly ReplicaSet[], from: number, to: number): ReplicaSet[] {
  const active = replicaSets.filter((rs) => rs.replicas > 0);
  const total = active.reduce((sum, rs) => sum + rs.replicas, 0);
  if (total === 0 || from === to) return [...replicaSets];
  const delta = to - from;
  let left = delta;
  const sized = replicaSets.map((rs) => {
    if (rs.replicas === 0) return rs;
    const share = Math.trunc((delta * rs.replicas) / total);
    left -= share;
    return { ...rs, replicas: Math.max(0, rs.replicas + share) };
  });
  const largest = sized.reduce((best, rs, i) => (rs.replicas > sized[best]!.replicas ? i : best), 0);
  return sized.map((rs, i) => (i === largest ? { ...rs, replicas: Math.max(0, rs.replicas + left) } : rs));
}

// Rollout status, as `kubectl rollout status` would report it: complete, or stalled once a new
// pod has not become ready within the progress deadline. A stalled rollout is not undone by
// Kubernetes; a person (or a tool) decides to roll back. Why it stalled is read from the pods.
function finish(state: ClusterState, now: number): Step {
  const { deployment } = state;
  if (deployment.rolloutStartedAt === null) return { state, notes: [] };
  const others = state.pods.filter((pod) => pod.version !== deployment.version);
  const done =
    others.length === 0 &&
    state.replicaSets.every((rs) => rs.version === deployment.version || rs.replicas === 0) &&
    availableOf(state, deployment.version) >= deployment.replicas;
  if (done) {
    const failed = state.traffic.totalFailed - deployment.failedAtRolloutStart;
    return {
      state: { ...state, deployment: { ...deployment, rolloutStartedAt: null, stallReported: false } },
      notes: [{ kind: 'rollout-complete', version: deployment.version, failed }],
    };
  }
  const stuck = activePodsOf(state, deployment.version).filter(
    (pod) => !pod.ready && now - Math.max(pod.createdAt, deployment.rolloutStartedAt ?? 0) >= PROGRESS_DEADLINE.shown,
  );
  if (deployment.stallReported || stuck.length === 0) return { state, notes: [] };
  const reason = stallReason(state, stuck);
  return {
    state: { ...state, deployment: { ...deployment, stallReported: true } },
    notes: [
      {
        kind: 'rollout-stalled',
        version: deployment.version,
        reason,
        unschedulable: reason === 'unschedulable' ? unschedulableNow(state) : null,
      },
    ],
  };
}

/** What keeps the stuck pods from becoming ready: no node has room, their node is down, their image cannot be pulled, or their probe fails. */
export function stallReason(state: ClusterState, stuck: readonly Pod[]): StallReason {
  if (stuck.some((pod) => pod.node === null)) return 'unschedulable';
  if (stuck.some((pod) => nodeOf(state, pod)?.up !== true)) return 'node-down';
  if (stuck.some((pod) => pod.status === 'ErrImagePull' || pod.status === 'ImagePullBackOff')) return 'image-pull';
  return 'readiness';
}
