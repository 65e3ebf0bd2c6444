import { randomSuffix } from './random';
import { isActive } from './pod-queries';
import type { ClusterState, Note, Pod, ReplicaSet, Step } from './types';

// The ReplicaSet controller compares how many pods a ReplicaSet wants with how many it has, and
// creates or deletes pods until they match. It never moves or repairs a pod: a lost pod is simply
// replaced by a new one with a new name.
export function reconcileReplicaSets(state: ClusterState, now: number): Step {
  let current = state;
  const created: string[] = [];
  const removed: string[] = [];
  let unready = 0;
  for (const rs of state.replicaSets) {
    const step = reconcileOne(current, rs, now);
    current = step.state;
    created.push(...step.created);
    removed.push(...step.removed);
    unready += step.unready;
  }
  const notes: Note[] = [];
  if (created.length > 0) notes.push({ kind: 'created', pods: created });
  if (removed.length > 0) notes.push({ kind: 'removed', pods: removed, unready });
  return { state: current, notes };
}

function reconcileOne(state: ClusterState, rs: ReplicaSet, now: number) {
  const owned = state.pods.filter((pod) => pod.version === rs.version && isActive(pod));
  const diff = rs.replicas - owned.length;
  const created: string[] = [];
  const removed: string[] = [];
  let unready = 0;
  let { rng } = state;
  let pods = state.pods;
  if (diff > 0) {
    const fresh: Pod[] = [];
    for (let i = 0; i < diff; i += 1) {
      const r = randomSuffix(rng);
      rng = r.seed;
      fresh.push(newPod(`${rs.name}-${r.suffix}`, rs, now));
      created.push(fresh[fresh.length - 1]!.name);
    }
    pods = [...pods, ...fresh];
  } else if (diff < 0) {
    const victims = new Set(
      deletionOrder(owned)
        .slice(0, -diff)
        .map((pod) => pod.name),
    );
    pods = pods.map((pod) => {
      if (!victims.has(pod.name)) return pod;
      removed.push(pod.name);
      if (!pod.ready) unready += 1;
      return { ...pod, status: 'Terminating' as const, ready: false, servedRps: 0, since: now };
    });
  }
  return { state: { ...state, pods, rng }, created, removed, unready };
}

export function newPod(name: string, rs: ReplicaSet, now: number): Pod {
  return {
    name,
    version: rs.version,
    node: null,
    status: 'Pending',
    ready: false,
    restarts: 0,
    createdAt: now,
    since: now,
    crashStreak: 0,
    restartAt: 0,
    servedRps: 0,
  };
}

// Which pods go first when scaling down, as the real controller ranks them: unscheduled before
// scheduled, not-yet-running before running, not ready before ready, more restarts first, newest first.
export function deletionOrder(pods: readonly Pod[]): Pod[] {
  const rank = (pod: Pod) => [
    pod.node === null ? 0 : 1,
    pod.status === 'Running' ? 1 : 0,
    pod.ready ? 1 : 0,
    -pod.restarts,
    -pod.createdAt,
  ];
  return [...pods].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i += 1) {
      if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    }
    return a.name < b.name ? -1 : 1;
  });
}
