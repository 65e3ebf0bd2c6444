import { BACKOFF, CONTAINER_CREATING_SECONDS, READINESS_SECONDS, TERMINATING_SECONDS } from './config';
import type { Pod, Step, ClusterState } from './types';
import { VERSIONS } from './versions';

// The kubelet on each node moves its pods through their lives: start the container, wait for the
// readiness probe, restart crashed containers after a backoff, and finish graceful shutdowns.
// Simplification: one container per pod, and "ready" means the readiness probe has passed once.
export function kubeletSync(state: ClusterState, now: number): Step {
  const notes: string[] = [];
  const becameReady: string[] = [];
  const pods: Pod[] = [];
  for (const pod of state.pods) {
    const next = advancePod(pod, now);
    if (next === null) continue;
    if (next.ready && !pod.ready) becameReady.push(next.name);
    if (next.restarts > pod.restarts) {
      notes.push(`kubelet이 ${next.name} 파드의 컨테이너를 다시 시작했습니다(재시작 ${next.restarts}회). 준비되면 다시 요청을 받습니다.`);
    }
    pods.push(next);
  }
  if (becameReady.length === 1) notes.push(`${becameReady[0]} 파드가 준비되어 이제 요청을 받습니다.`);
  if (becameReady.length > 1) notes.push(`파드 ${becameReady.length}개가 준비되어 이제 요청을 받습니다.`);
  return { state: { ...state, pods }, notes };
}

/** One pod's next state at `now`; null once it has finished terminating. */
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
      const crashStreak = ready && elapsed >= BACKOFF.resetAfterSeconds ? 0 : pod.crashStreak;
      return ready === pod.ready && crashStreak === pod.crashStreak ? pod : { ...pod, ready, crashStreak };
    }
    case 'Error':
    case 'CrashLoopBackOff':
      return now >= pod.restartAt ? { ...pod, status: 'Running', since: now, restarts: pod.restarts + 1 } : pod;
    case 'Terminating':
      return elapsed >= TERMINATING_SECONDS ? null : pod;
  }
}

/** The restart delay after the n-th crash in a row: doubles, capped. */
export function backoffSeconds(crashStreak: number): number {
  return Math.min(BACKOFF.initialSeconds * 2 ** Math.max(0, crashStreak - 1), BACKOFF.maxSeconds);
}

/** The container exits. The pod stays on its node; the kubelet will restart it after a backoff. */
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
  };
}
