import { HPA, NODE_NAMES } from './config';
import { replicaSetName } from './versions';
import { randomSuffix } from './random';
import { newPod } from './replicaset-reconcile';
import { leastLoadedNode } from './scheduler';
import type { ClusterState, NodeName, Pod, VersionId } from './types';

export interface ClusterOptions {
  seed: number;
  replicas: number;
  load: number;
  version?: VersionId;
}

/** A settled cluster at second 0: `replicas` ready pods spread over the nodes, running for 2 minutes. */
export function createCluster({ seed, replicas, load, version = 'v1' }: ClusterOptions): ClusterState {
  const rs = { name: replicaSetName(version), version, replicas };
  const counts = new Map<NodeName, number>(NODE_NAMES.map((name) => [name, 0]));
  const pods: Pod[] = [];
  let rng = seed >>> 0;
  for (let i = 0; i < replicas; i += 1) {
    const r = randomSuffix(rng);
    rng = r.seed;
    const node = leastLoadedNode(counts);
    if (node === null) break;
    counts.set(node, (counts.get(node) ?? 0) + 1);
    pods.push({ ...newPod(`${rs.name}-${r.suffix}`, rs, -120), node, status: 'Running', ready: true });
  }
  return {
    time: 0,
    rng,
    load,
    nodes: NODE_NAMES.map((name) => ({ name, ready: true })),
    pods,
    replicaSets: [rs],
    deployment: {
      version,
      previousVersion: null,
      replicas,
      scaledFor: replicas,
      rolloutStartedAt: null,
      failedAtRolloutStart: 0,
      stallReported: false,
    },
    autoscaler: { lastSyncAt: 0, recommendations: [], waitingReported: false, lastUtilization: null },
    traffic: { served: 0, failed: 0, totalFailed: 0, overloadReported: false },
    unschedulableReported: 0,
    history: [],
    log: [],
  };
}

export const AUTOSCALER_LIMITS = { min: HPA.minReplicas, max: HPA.maxReplicas } as const;
