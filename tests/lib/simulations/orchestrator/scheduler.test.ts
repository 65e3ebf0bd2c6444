import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { NODE_ALLOCATABLE, POD_REQUESTS } from '@/lib/simulations/orchestrator/config';
import { failedScheduling } from '@/lib/simulations/orchestrator/narrate';
import { newPod } from '@/lib/simulations/orchestrator/replicaset-reconcile';
import { leastAllocatedScore, pickNode, requestedOn, schedule } from '@/lib/simulations/orchestrator/scheduler';
import type { ClusterState } from '@/lib/simulations/orchestrator/types';

const rs = { name: 'web-6d9f7', version: 'v1' as const, replicas: 1 };
const withPending = (state: ClusterState, count: number): ClusterState => ({
  ...state,
  pods: [...state.pods, ...Array.from({ length: count }, (_, i) => newPod(`web-6d9f7-new${i}`, rs, 0))],
});

describe('scheduler', () => {
  it('scores by free CPU and memory (LeastAllocated), not by a pod count', () => {
    const empty = requestedOn([], 'node-1');
    const one = { node: 'node-2' as const, cpu: POD_REQUESTS.cpu, memory: POD_REQUESTS.memory };
    expect(leastAllocatedScore(empty)).toBe(100);
    expect(leastAllocatedScore(one)).toBeCloseTo(
      100 - ((POD_REQUESTS.cpu / NODE_ALLOCATABLE.cpu + POD_REQUESTS.memory / NODE_ALLOCATABLE.memory) / 2) * 100,
    );
    const state = createCluster({ seed: 3, replicas: 2, load: 0 });
    const choice = pickNode(state.nodes, state.pods);
    expect('node' in choice && choice.node.node).toBe('node-3');
  });

  it('filters out nodes without room for the CPU request, and reports it as kube-scheduler does', () => {
    const full = createCluster({ seed: 3, replicas: 12, load: 0 });
    expect(full.pods).toHaveLength(12);
    const next = schedule(withPending(full, 1), 1);
    expect(next.state.pods.at(-1)!.node).toBeNull();
    const note = next.notes.find((n) => n.kind === 'unschedulable');
    expect(note).toBeDefined();
    expect(note?.kind === 'unschedulable' && failedScheduling(note.reason)).toBe('0/3 nodes are available: 3 Insufficient cpu.');
  });

  it('skips a NotReady node (its unreachable taint) and names both reasons', () => {
    const base = createCluster({ seed: 3, replicas: 8, load: 0 });
    const state = {
      ...base,
      nodes: base.nodes.map((n) => (n.name === 'node-3' ? { ...n, up: false, condition: 'NotReady' as const } : n)),
    };
    const next = schedule(withPending(state, 3), 1).state;
    const bound = next.pods.filter((p) => p.name.includes('new') && p.node !== null);
    expect(bound.every((p) => p.node !== 'node-3')).toBe(true);
    const reason = next.pods.filter((p) => p.node === null).length;
    expect(reason).toBeGreaterThan(0);
    const note = schedule(withPending(state, 3), 1).notes.find((n) => n.kind === 'unschedulable');
    expect(note?.kind === 'unschedulable' && failedScheduling(note.reason)).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient cpu.',
    );
  });

  it('spreads new pods over the nodes with the most room', () => {
    const base = createCluster({ seed: 3, replicas: 3, load: 0 });
    const next = schedule(withPending(base, 3), 1).state;
    const perNode = ['node-1', 'node-2', 'node-3'].map((n) => next.pods.filter((p) => p.node === n).length);
    expect(perNode).toEqual([2, 2, 2]);
  });
});
