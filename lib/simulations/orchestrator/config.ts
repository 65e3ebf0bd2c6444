// The cluster's rules in one place. Real Kubernetes durations are minutes; a beginner should see
// each promise kept in under a minute, so every duration here is compressed (the real default is
// named next to it). One simulated second is one tick.

export const NODE_NAMES = ['node-1', 'node-2', 'node-3'] as const;

/** How many of our web pods fit on one node (their CPU requests fill it). */
export const PODS_PER_NODE = 4;

/** Requests per second one pod serves at 100% of its CPU request. */
export const REQUEST_RPS = 50;
/** The CPU limit: a pod serves at most this many requests per second; the rest fail. */
export const LIMIT_RPS = 100;

export const HPA = {
  minReplicas: 2,
  maxReplicas: 10,
  /** Target average CPU utilization, percent of the request. */
  targetUtilization: 60,
  /** Real default: every 15 s. */
  syncSeconds: 3,
  /** Real default: 300 s for scale-down, 0 for scale-up. */
  scaleDownStabilizationSeconds: 30,
  /** Real default: within 10% of the target, nothing changes. */
  tolerance: 0.1,
} as const;

/** The Deployment's rolling-update strategy (real defaults are 25%/25%; the issue asks for 1/0). */
export const MAX_SURGE = 1;
export const MAX_UNAVAILABLE = 0;

/** Image pull and container start (real: seconds to minutes). */
export const CONTAINER_CREATING_SECONDS = 2;
/** Until the readiness probe first passes (real: initialDelaySeconds + periodSeconds). */
export const READINESS_SECONDS = 1;
/** Graceful shutdown (real default: terminationGracePeriodSeconds 30). */
export const TERMINATING_SECONDS = 2;

/** kubelet restart backoff. Real: 10 s doubling to 300 s, reset after 10 min of running well. */
export const BACKOFF = { initialSeconds: 2, maxSeconds: 16, resetAfterSeconds: 20 } as const;

/** Real default progressDeadlineSeconds: 600. The rollout is then reported stalled, not undone. */
export const PROGRESS_DEADLINE_SECONDS = 12;

export const LOAD_MAX = 800;
export const HISTORY_SECONDS = 60;
export const LOG_LENGTH = 40;
