import type { NODE_NAMES } from './config';

export type NodeName = (typeof NODE_NAMES)[number];
/** The chapter's releases (v1–v3), or a pod template the reader wrote and applied (`t-` and its hash). */
export type VersionId = ReleaseId | `t-${string}`;
/** The chapter's three releases of myteam/myapp, the ones the widget's buttons deploy. */
export type ReleaseId = 'v1' | 'v2' | 'v3';

/** What `kubectl get pods` shows in STATUS. */
export type PodStatus =
  | 'Pending'
  | 'ContainerCreating'
  | 'Running'
  | 'Error'
  | 'CrashLoopBackOff'
  | 'ErrImagePull'
  | 'ImagePullBackOff'
  | 'Terminating';

/** The parts of the Deployment's pod template the simulation honours. */
export interface PodTemplate {
  image: string;
  /** pod-template-hash: names the ReplicaSet (`web-<hash>`) and its pods. */
  hash: string;
  /** resources.requests.cpu in millicores. */
  cpu: number;
  readinessPath: string;
  readinessPort: number;
}

/** The rollout strategy and the autoscaler's settings, as the applied manifests say. */
export interface WorkloadSpec {
  /** An integer or a percentage ("25%"), as in the manifest. */
  maxSurge: number | string;
  maxUnavailable: number | string;
  minReplicas: number;
  maxReplicas: number;
  targetUtilization: number;
}

export type ManifestKind = 'deployment' | 'service' | 'hpa';

/** What a valid edited manifest asks of the simulation: plain data, worked out by lib/manifests. */
export type ManifestChange =
  | {
      kind: 'deployment';
      /** spec.replicas, or null when the file leaves it to the autoscaler. */
      replicas: number | null;
      template: Omit<PodTemplate, 'hash'>;
      maxSurge: number | string;
      maxUnavailable: number | string;
    }
  | { kind: 'hpa'; minReplicas: number; maxReplicas: number; targetUtilization: number }
  | { kind: 'service' };

/** One problem in an edited manifest, as kubectl or the API server reports it, with the line it is on. */
export interface ManifestProblem {
  /** 1-based line in the file; null when the problem is the file as a whole. */
  line: number | null;
  /** The field path kubectl prints ("spec.replica"), or null. */
  field: string | null;
  /** Korean: what it means and what to try. */
  hint: string;
}

/** The validator's verdict on one file, computed when the reader edits it (lib/manifests). */
export type ManifestCheck =
  | {
      ok: false;
      kind: ManifestKind | null;
      /** kubectl's output, exactly (one or more lines). */ error: string;
      problems: ManifestProblem[];
    }
  | {
      ok: true;
      kind: ManifestKind;
      change: ManifestChange;
      /** The object as JSON with sorted keys: what `kubectl apply` compares with the last applied one. */
      canonical: string;
      /** The same for the chapter's own file, for a cluster that has never seen an edited one. */
      canonicalDefault: string;
      /** Korean lines for what the file changes that this simulation does not model. */
      unmodelled: string[];
    };

/** A manifest file the reader edited, in the terminal's working directory. */
export interface ManifestFile {
  text: string;
  check: ManifestCheck;
}

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
  /** The edited HPA's averageUtilization, minReplicas and maxReplicas; absent: the chapter's (70 %, 2, 10). */
  target?: number;
  min?: number;
  max?: number;
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
  /** Nodes with room for the CPU but not the memory (only with a small CPU request); absent when none. */
  insufficientMemory?: number;
  /** The waiting pod's CPU request when its template changed it from the chapter's 500m. */
  cpu?: number;
  /** Nodes with the node.kubernetes.io/unreachable taint (NotReady). */
  unreachable: number;
  /** Cordoned nodes ("node(s) were unschedulable"); absent when none. */
  cordoned?: number;
}

/** Why a rollout made no progress within the deadline, read from the new pods' real state. */
export type StallReason = 'unschedulable' | 'readiness' | 'node-down' | 'image-pull';

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
  | { kind: 'drained'; node: NodeName; pods: number }
  | {
      kind: 'manifest-applied';
      manifest: ManifestKind;
      /** What changed in the simulation, in Korean, one item each. */
      changes: string[];
      /** What the file changed that the simulation does not model, in Korean. */
      unmodelled: string[];
    }
  | { kind: 'image-pull-failed'; pods: string[]; image: string };

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
  /** Pod templates the reader wrote and applied, by version id. Absent: only v1–v3 exist. */
  templates?: Partial<Record<VersionId, PodTemplate>>;
  /** Strategy and autoscaler settings from applied manifests. Absent: the chapter's (config.ts). */
  spec?: WorkloadSpec;
  /** Manifest files the reader edited (deployment.yaml, …). Absent: the chapter's files, unedited. */
  files?: Partial<Record<string, ManifestFile>>;
  /** The canonical JSON of each manifest last applied from an edited file (kubectl's last-applied-configuration). */
  applied?: Partial<Record<ManifestKind, string>>;
  /** `kubectl port-forward`s running in the terminal: the local port, what it forwards to, requests handled. */
  forwards?: readonly PortForward[];
}

export interface PortForward {
  local: number;
  /** The container port it reaches (a Service's port 80 is the pods' 3000). */
  remote: number;
  target: string;
  requests: number;
}

export type ClusterEvent =
  | { type: 'tick' }
  | { type: 'set-load'; rps: number }
  | { type: 'crash-pod'; pod: string }
  | { type: 'delete-pod'; pod: string }
  | { type: 'fail-node'; node: NodeName }
  | { type: 'recover-node'; node: NodeName }
  | {
      type: 'deploy-version';
      version: VersionId;
      /** The template of a version the state does not know yet (`kubectl set image` of another image). */ template?: PodTemplate;
    }
  | { type: 'rollback' }
  // From the terminal (`kubectl scale`, `cordon`, `uncordon`, `drain`); the widget has no controls for these.
  | { type: 'scale'; replicas: number }
  | { type: 'cordon'; node: NodeName }
  | { type: 'uncordon'; node: NodeName }
  | { type: 'drain'; node: NodeName }
  // From the manifest editor: a file's new text and the validator's verdict on it (nothing applied yet).
  | { type: 'write-manifest'; file: string; text: string; check: ManifestCheck }
  // The terminal's port-forwards: not the cluster's state, so scene links leave them out.
  | { type: 'forward-port'; local: number; remote: number; target: string }
  | { type: 'stop-forward'; local: number }
  | { type: 'forwarded-request'; local: number }
  // `kubectl apply -f` or 적용 of a valid edited file.
  | { type: 'apply-manifest'; change: ManifestChange; canonical: string; unmodelled: string[] };

/** What a controller hands back: the new state and what happened. */
export interface Step {
  state: ClusterState;
  notes: Note[];
}
