// The cluster's rules in one place. Real Kubernetes waits minutes; a beginner should see each
// step within a minute, so every default duration is compressed. Each one keeps its real default
// beside it (`real`), and the widget says so on screen (narrate.ts, TIME_NOTE). One simulated
// second is one tick.

export const NODE_NAMES = ['node-1', 'node-2', 'node-3'] as const;

/** What each node offers pods (status.allocatable), in millicores and MiB. */
export const NODE_ALLOCATABLE = { cpu: 2000, memory: 4096 } as const;
/** The web pod's resources.requests: the scheduler fits these, the HPA divides by the CPU one. */
export const POD_REQUESTS = { cpu: 500, memory: 512 } as const;

/** Requests per second one pod serves at 100 % of its CPU request. */
export const REQUEST_RPS = 50;
/** The CPU limit (twice the request): a pod serves at most this many requests per second; the rest fail. */
export const LIMIT_RPS = 100;

/** A compressed duration: `shown` simulated seconds stand for the real default `real`. */
export type Duration = { shown: number; real: number };

export const HPA = {
  minReplicas: 2,
  maxReplicas: 10,
  /** Target average CPU utilization, percent of the request (the site's manifest says the same). */
  targetUtilization: 70,
  /** --horizontal-pod-autoscaler-sync-period. */
  sync: { shown: 3, real: 15 },
  /** behavior.scaleDown.stabilizationWindowSeconds (scale-up has none). */
  scaleDownStabilization: { shown: 30, real: 300 },
  /** --horizontal-pod-autoscaler-tolerance: within 10 % of the target, nothing changes. */
  tolerance: 0.1,
} as const;

/** The Deployment's rolling-update strategy (the chapter's manifest sets these, not the 25 % defaults). */
export const MAX_SURGE = 1;
export const MAX_UNAVAILABLE = 0;

/** Image pull and container start (real: seconds to minutes, not a default). */
export const CONTAINER_CREATING_SECONDS = 2;
/** Until the readiness probe first passes (real: initialDelaySeconds + periodSeconds). */
export const READINESS_SECONDS = 1;
/** terminationGracePeriodSeconds. */
export const TERMINATION_GRACE: Duration = { shown: 2, real: 30 };

/** kubelet restart back-off: 10 s doubling to 5 minutes, forgotten after 10 minutes of running well. */
export const BACKOFF = {
  initial: { shown: 2, real: 10 },
  max: { shown: 60, real: 300 },
  resetAfter: { shown: 120, real: 600 },
} as const;

/** Node failure: NotReady after --node-monitor-grace-period (50 s since Kubernetes 1.32), eviction
 *  after the default tolerationSeconds (300) for the node.kubernetes.io/unreachable taint. */
export const NODE_MONITOR_GRACE: Duration = { shown: 5, real: 50 };
export const EVICTION_TOLERATION: Duration = { shown: 30, real: 300 };

/** progressDeadlineSeconds. The rollout is then reported stalled, not undone. */
export const PROGRESS_DEADLINE: Duration = { shown: 12, real: 600 };

export const LOAD_MAX = 800;
/** The most replicas `kubectl scale` may ask for here (the real API takes any int32): the HPA's max plus room to see Pending. */
export const MAX_SCALE = 20;
export const HISTORY_SECONDS = 60;
export const LOG_LENGTH = 40;
