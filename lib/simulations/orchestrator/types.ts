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
  /** Requests per second the Service sent here in the last tick. */
  servedRps: number;
}

export interface ClusterNode {
  name: NodeName;
  ready: boolean;
}

export interface ReplicaSet {
  name: string;
  version: VersionId;
  replicas: number;
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
  failedAtRolloutStart: number;
  stallReported: boolean;
}

export interface Autoscaler {
  lastSyncAt: number;
  /** Recent recommendations, for the scale-down stabilization window. */
  recommendations: { time: number; replicas: number }[];
  waitingReported: boolean;
  lastUtilization: number | null;
}

export interface Sample {
  time: number;
  load: number;
  readyPods: number;
  failed: number;
}

export interface Traffic {
  served: number;
  failed: number;
  totalFailed: number;
  overloadReported: boolean;
}

export interface LogEntry {
  time: number;
  text: string;
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
}

export type ClusterEvent =
  | { type: 'tick' }
  | { type: 'set-load'; rps: number }
  | { type: 'crash-pod'; pod: string }
  | { type: 'fail-node'; node: NodeName }
  | { type: 'recover-node'; node: NodeName }
  | { type: 'deploy-version'; version: VersionId }
  | { type: 'rollback' };

/** What a controller hands back: the new state and what it would tell the reader. */
export interface Step {
  state: ClusterState;
  notes: string[];
}
