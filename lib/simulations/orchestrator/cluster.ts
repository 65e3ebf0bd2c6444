import { NODE_NAMES } from './config';
import { randomSuffix } from './random';
import { newPod } from './replicaset-reconcile';
import { pickNode } from './scheduler';
import type { ClusterNode, ClusterState, Pod, ReleaseId } from './types';
import { replicaSetName } from './versions';

export interface ClusterOptions {
  seed: number;
  replicas: number;
  load: number;
  version?: ReleaseId;
}

/** A settled cluster at second 0: `replicas` ready pods placed by the scheduler, running for 2 minutes. */
export function createCluster({ seed, replicas, load, version = 'v1' }: ClusterOptions): ClusterState {
  const rs = { name: replicaSetName(version), version, replicas, createdAt: -120 };
  const nodes: ClusterNode[] = NODE_NAMES.map((name) => ({ name, up: true, condition: 'Ready', since: -120, evicted: false }));
  const pods: Pod[] = [];
  let rng = seed >>> 0;
  for (let i = 0; i < replicas; i += 1) {
    const r = randomSuffix(rng);
    rng = r.seed;
    const choice = pickNode(nodes, pods);
    if ('reason' in choice) break;
    pods.push({ ...newPod(`${rs.name}-${r.suffix}`, rs, -120), node: choice.node.node, status: 'Running', ready: true });
  }
  return {
    time: 0,
    rng,
    load,
    nodes,
    pods,
    replicaSets: [rs],
    deployment: {
      version,
      previousVersion: null,
      replicas,
      scaledFor: replicas,
      rolloutStartedAt: null,
      revisions: { [version]: 1 },
      failedAtRolloutStart: 0,
      stallReported: false,
    },
    autoscaler: {
      lastSyncAt: 0,
      recommendations: [],
      waitingReported: false,
      atMaxReported: false,
      settling: false,
      reading: null,
    },
    traffic: { failed: 0, totalFailed: 0, overloadReported: false },
    unschedulableReported: 0,
    history: [],
    log: [],
    headline: null,
  };
}
