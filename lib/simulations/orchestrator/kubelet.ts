import { BACKOFF, CONTAINER_CREATING_SECONDS, READINESS_SECONDS, TERMINATION_GRACE } from './config';
import { templateOf, type ResolvedTemplate } from './templates';
import type { ClusterState, Note, Pod, Step } from './types';

// The kubelet on each node moves its pods through their lives: start the container, wait for the
// readiness probe, restart crashed containers after a back-off, and finish graceful shutdowns.
// A stopped machine's kubelet does nothing at all: its pods stay as the API last saw them.
// Simplification: one container per pod, and "ready" means the readiness probe has passed once.
export function kubeletSync(state: ClusterState, now: number): Step {
  const down = new Set(state.nodes.filter((node) => !node.up).map((node) => node.name));
  const notes: Note[] = [];
  const becameReady: string[] = [];
  const failedPulls: Pod[] = [];
  const pods: Pod[] = [];
  for (const pod of state.pods) {
    const next = pod.node !== null && down.has(pod.node) ? pod : advancePod(pod, now, templateOf(state, pod.version));
    if (next === null) continue;
    if (next.ready && !pod.ready) becameReady.push(next.name);
    if (next.restarts > pod.restarts) notes.push({ kind: 'restarted', pod: next.name, restarts: next.restarts });
    if (next.status === 'ErrImagePull' && pod.status === 'ContainerCreating') failedPulls.push(next);
    pods.push(next);
  }
  if (becameReady.length > 0) notes.push({ kind: 'ready', pods: becameReady });
  const first = failedPulls[0];
  if (first)
    notes.push({
      kind: 'image-pull-failed',
      pods: failedPulls.map((pod) => pod.name),
      image: templateOf(state, first.version).image,
    });
  return { state: { ...state, pods }, notes };
}

/**
 * One pod's next state at `now` on a running node; null once it has finished terminating.
 * An image the registry does not have fails to pull (ErrImagePull), then the kubelet waits with
 * the same doubling back-off as for crashes (ImagePullBackOff) and tries again. `crashStreak`
 * counts the failed pulls of a container that never ran.
 */
export function advancePod(pod: Pod, now: number, template: ResolvedTemplate = templateOf({}, pod.version)): Pod | null {
  const elapsed = now - pod.since;
  switch (pod.status) {
    case 'Pending':
      // Bound by the scheduler: the kubelet starts pulling the image.
      return pod.node === null ? pod : { ...pod, status: 'ContainerCreating', since: now };
    case 'ContainerCreating':
      if (!template.pullable) return pullFailed(pod, now);
      return elapsed >= CONTAINER_CREATING_SECONDS ? { ...pod, status: 'Running', since: now } : pod;
    case 'ErrImagePull':
      // The next sync reports the wait; at its end the kubelet pulls again (and fails again).
      return now >= pod.restartAt ? pullFailed(pod, now) : { ...pod, status: 'ImagePullBackOff', since: now };
    case 'ImagePullBackOff':
      return now >= pod.restartAt ? pullFailed(pod, now) : pod;
    case 'Running': {
      const probePasses = template.becomesReady && elapsed >= READINESS_SECONDS;
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

function pullFailed(pod: Pod, now: number): Pod {
  const crashStreak = pod.crashStreak + 1;
  // The first failed pull already waits the initial back-off (there is no "restart at once" for pulls).
  return { ...pod, status: 'ErrImagePull', since: now, crashStreak, restartAt: now + backoffSeconds(crashStreak + 1) };
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
