import { BACKOFF, CONTAINER_CREATING_SECONDS, READINESS_SECONDS, TERMINATION_GRACE } from './config';
import type { ClusterState, Note, Pod, Step } from './types';
import { VERSIONS } from './versions';

// The kubelet on each node moves its pods through their lives: start the container, wait for the
// readiness probe, restart crashed containers after a back-off, and finish graceful shutdowns.
// A stopped machine's kubelet does nothing at all: its pods stay as the API last saw them.
// Simplification: one container per pod, and "ready" means the readiness probe has passed once.
export function kubeletSync(state: ClusterState, now: number): Step {
  const down = new Set(state.nodes.filter((node) => !node.up).map((node) => node.name));
  const notes: Note[] = [];
  const becameReady: string[] = [];
  const pods: Pod[] = [];
  for (const pod of state.pods) {
    const next = pod.node !== null && down.has(pod.node) ? pod : advancePod(pod, now);
    if (next === null) continue;
    if (next.ready && !pod.ready) becameReady.push(next.name);
    if (next.restarts > pod.restarts) notes.push({ kind: 'restarted', pod: next.name, restarts: next.restarts });
    pods.push(next);
  }
  if (becameReady.length > 0) notes.push({ kind: 'ready', pods: becameReady });
  return { state: { ...state, pods }, notes };
}

/** One pod's next state at `now` on a running node; null once it has finished terminating. */
export function advancePod(pod: Pod, now: number): Pod | null {
  const elapsed = now - pod.since;
  switch (pod.status) {
    case 'Pending':
      // Bound by the scheduler: the kubelet starts pulling the image.
      return pod.node === null ? pod : { ...pod, status: 'ContainerCreating', since: now };
    case 'ContainerCreating':
      return elapsed >= CONTAINER_CREATING_SECONDS ? { ...pod, status: 'Running', since: now } : pod;
    case 'Running': {
      const probePasses = VERSIONS[pod.version].becomesReady && elapsed >= READINESS_SECONDS;
      const ready = pod.ready || probePasses;
      // A container that has run well for a while is forgiven its earlier crashes.
      const crashStreak = ready && elapsed >= BACKOFF.resetAfter.shown ? 0 : pod.crashStreak;
      return ready === pod.ready && crashStreak === pod.crashStreak ? pod : { ...pod, ready, crashStreak };
    }
    case 'Error':
    case 'CrashLoopBackOff':
      return now >= pod.restartAt ? { ...pod, status: 'Running', since: now, restarts: pod.restarts + 1 } : pod;
    case 'Terminating':
      return elapsed >= TERMINATION_GRACE.shown ? null : pod;
  }
}

/**
 * The restart delay after the n-th crash in a row. The kubelet restarts the first exit at once (here:
 * on the next tick), then waits the initial back-off, doubling with every further crash, capped.
 */
export function backoffSeconds(crashStreak: number): number {
  if (crashStreak <= 1) return 1;
  return Math.min(BACKOFF.initial.shown * 2 ** (crashStreak - 2), BACKOFF.max.shown);
}

/** The container's process is killed. The pod stays on its node; the kubelet restarts it after a back-off. */
export function crashContainer(pod: Pod, now: number): Pod {
  const crashStreak = pod.crashStreak + 1;
  return {
    ...pod,
    // kubectl shows Error for the first exit, CrashLoopBackOff once it keeps happening.
    status: crashStreak >= 2 ? 'CrashLoopBackOff' : 'Error',
    ready: false,
    servedRps: 0,
    crashStreak,
    since: now,
    restartAt: now + backoffSeconds(crashStreak),
    lastTerminatedAt: now,
  };
}
