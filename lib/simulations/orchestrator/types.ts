import type { NODE_NAMES } from './config';

export type NodeName = (typeof NODE_NAMES)[number];
export type VersionId = 'v1' | 'v2' | 'v3';

/** What `kubectl get pods` shows in STATUS. */
export type PodStatus = 'Pending' | 'ContainerCreating' | 'Running' | 'Error' | 'CrashLoopBackOff' | 'Terminating';

export interface Pod {
  name: string;
  version: VersionId;
  /** Null while the scheduler has not bound it. */
  node: NodeName | null;
  status: PodStatus;
  ready: boolean;
  restarts: number;
  createdAt: number;
  /** When the current status began. */
  since: number;
  /** Crashes since the container last ran well; drives the backoff. */
  crashStreak: number;
  restartAt: number;
  /** When its container last exited (RESTARTS' "(30s ago)"); absent until the first exit. */
  lastTerminatedAt?: number;
  /** Requests per second the Service sent here in the last tick. */
  servedRps: number;
}

export interface ClusterNode {
  name: NodeName;
  /** Whether the machine runs. The control plane learns of a stop only after the grace period. */
  up: boolean;
  /** The Ready condition as the control plane sees it (what `kubectl get nodes` shows). */
  condition: 'Ready' | 'NotReady';
  /** When the machine stopped, or was last seen NotReady: the start of the next deadline. */
  since: number;
  /** Whether the node lifecycle controller has evicted this node's pods (taint toleration ran out). */
  evicted: boolean;
  /** spec.unschedulable (`kubectl cordon`): the scheduler places no new pods here. Absent = false. */
  cordoned?: boolean;
}

export interface ReplicaSet {
  name: string;
  version: VersionId;
  replicas: number;
  /** Simulated second it was created (AGE); absent in states built before it was kept. */
  createdAt?: number;
}

export interface Deployment {
  version: VersionId;
  /** The revision `kubectl rollout undo` returns to. */
  previousVersion: VersionId | null;
  /** spec.replicas, owned by the autoscaler. */
  replicas: number;
  /** The replicas the ReplicaSets were last sized for; a change mid-rollout scales them proportionally. */
  scaledFor: number;
  rolloutStartedAt: number | null;
  /** Each ReplicaSet's deployment.kubernetes.io/revision (`kubectl rollout history`). Absent = the current version is revision 1. */
  revisions?: Partial<Record<VersionId, number>>;
  failedAtRolloutStart: number;
  stallReported: boolean;
}

/** What the autoscaler saw and decided at its last sync: the status bar and narration read it. */
export interface AutoscalerReading {
  /** Average CPU of the ready pods it has metrics for, percent of the request. */
  readyUtilization: number;
  /** The figure the formula used: not-ready pods (and missing metrics) filled in conservatively. */
  utilization: number;
  ready: number;
  /** Pods set aside: not ready yet, counted as 0 % when scaling up. */
  notReady: number;
  /** Ready pods without metrics (their node stopped answering): 0 % up, 100 % down. */
  missing: number;
  /** The formula's answer before the limits. */
  raw: number;
  /** What it set spec.replicas to. */
  replicas: number;
}

export interface Autoscaler {
  lastSyncAt: number;
  /** Recent recommendations, for the scale-down stabilization window. */
  recommendations: { time: number; replicas: number }[];
  waitingReported: boolean;
  atMaxReported: boolean;
  /** A change is under way until the pods it asked for are ready and it recommends nothing new. */
  settling: boolean;
  reading: AutoscalerReading | null;
}

export interface Sample {
  time: number;
  load: number;
  readyPods: number;
  failed: number;
}

export interface Traffic {
  failed: number;
  totalFailed: number;
  overloadReported: boolean;
}

/** Why a pod waits unbound: the scheduler's filter results, as in its FailedScheduling event. */
export interface Unschedulable {
  pods: number;
  nodes: number;
  insufficientCpu: number;
  /** Nodes with the node.kubernetes.io/unreachable taint (NotReady). */
  unreachable: number;
  /** Cordoned nodes ("node(s) were unschedulable"); absent when none. */
  cordoned?: number;
}

/** Why a rollout made no progress within the deadline, read from the new pods' real state. */
export type StallReason = 'unschedulable' | 'readiness' | 'node-down';

// What happened, as data. Controllers and reader events return these; narrate.ts says them in
// Korean. `outcome` notes are the ones worth a live announcement; the rest go to the record only.
export type Note =
  | { kind: 'load-set'; rps: number; rose: boolean }
  | { kind: 'container-killed'; pod: string; wait: number; streak: number }
  | { kind: 'pod-deleted'; pod: string; nodeUp: boolean }
  | { kind: 'node-stopped'; node: NodeName; /** Pods on it the Service sends requests to. */ pods: number; nodesLeft: number }
  | { kind: 'node-started'; node: NodeName; restarted: number; stuckTerminating: number }
  | { kind: 'version-set'; version: VersionId; from: VersionId }
  | { kind: 'rolled-back'; to: VersionId; from: VersionId; unreadyFrom: number; cleanedAtOnce: number; againTo: VersionId }
  | { kind: 'restarted'; pod: string; restarts: number }
  | { kind: 'ready'; pods: string[] }
  | { kind: 'scaled'; from: number; to: number; reading: AutoscalerReading; limit: 'none' | 'max' | 'min' | 'rate' }
  | { kind: 'scale-down-waiting'; reading: AutoscalerReading; current: number }
  | { kind: 'at-max'; reading: AutoscalerReading }
  | { kind: 'scale-settled'; reading: AutoscalerReading }
  | { kind: 'created'; pods: string[] }
  | { kind: 'removed'; pods: string[]; unready: number }
  | { kind: 'scheduled'; bindings: { pod: string; node: NodeName; cpuAfter: number }[] }
  | { kind: 'unschedulable'; reason: Unschedulable }
  | { kind: 'node-not-ready'; node: NodeName; pods: number }
  | { kind: 'evicted'; node: NodeName; pods: number }
  | { kind: 'rollout-complete'; version: VersionId; failed: number }
  | { kind: 'rollout-stalled'; version: VersionId; reason: StallReason; unschedulable: Unschedulable | null }
  | { kind: 'overload'; readyPods: number; capacity: number }
  | { kind: 'blackhole'; pods: number }
  | { kind: 'no-pods-serving' }
  | { kind: 'replicas-set'; from: number; to: number }
  | { kind: 'cordoned'; node: NodeName; cordoned: boolean }
  | { kind: 'drained'; node: NodeName; pods: number };

export interface LogEntry {
  time: number;
  note: Note;
}

export interface ClusterState {
  time: number;
  /** mulberry32 state: the only randomness (pod name suffixes). */
  rng: number;
  load: number;
  nodes: ClusterNode[];
  pods: Pod[];
  replicaSets: ReplicaSet[];
  deployment: Deployment;
  autoscaler: Autoscaler;
  traffic: Traffic;
  unschedulableReported: number;
  history: Sample[];
  log: LogEntry[];
  /** The moment last worth announcing and everything noted then: what narrate() says. */
  headline: { time: number; notes: Note[] } | null;
}

export type ClusterEvent =
  | { type: 'tick' }
  | { type: 'set-load'; rps: number }
  | { type: 'crash-pod'; pod: string }
  | { type: 'delete-pod'; pod: string }
  | { type: 'fail-node'; node: NodeName }
  | { type: 'recover-node'; node: NodeName }
  | { type: 'deploy-version'; version: VersionId }
  | { type: 'rollback' }
  // From the terminal (`kubectl scale`, `cordon`, `uncordon`, `drain`); the widget has no controls for these.
  | { type: 'scale'; replicas: number }
  | { type: 'cordon'; node: NodeName }
  | { type: 'uncordon'; node: NodeName }
  | { type: 'drain'; node: NodeName };

/** What a controller hands back: the new state and what happened. */
export interface Step {
  state: ClusterState;
  notes: Note[];
}
