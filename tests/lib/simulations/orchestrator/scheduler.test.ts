import { describe, expect, it } from 'vitest';
import { PODS_PER_NODE } from '@/lib/simulations/orchestrator/config';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { newPod } from '@/lib/simulations/orchestrator/replicaset-reconcile';
import { leastLoadedNode, schedule } from '@/lib/simulations/orchestrator/scheduler';

const rs = { name: 'web-6d9f7', version: 'v1' as const, replicas: 1 };

describe('scheduler', () => {
  it('picks the ready node with the fewest pods, first node on ties', () => {
    expect(leastLoadedNode(new Map([['node-1', 2], ['node-2', 1], ['node-3', 1]]))).toBe('node-2');
    expect(leastLoadedNode(new Map([['node-1', PODS_PER_NODE], ['node-3', PODS_PER_NODE]]))).toBeNull();
  });

  it('spreads new pods and skips a failed node', () => {
    const base = createCluster({ seed: 3, replicas: 3, load: 90 });
    const state = {
      ...base,
      nodes: base.nodes.map((n) => (n.name === 'node-1' ? { ...n, ready: false } : n)),
      pods: [...base.pods.filter((p) => p.node !== 'node-1'), newPod('a', rs, 0), newPod('b', rs, 0)],
    };
    const { state: next, notes } = schedule(state, 1);
    const bound = next.pods.filter((p) => p.name === 'a' || p.name === 'b').map((p) => p.node);
    expect(bound).toEqual(['node-2', 'node-3']);
    expect(notes.join()).toContain('배치');
  });

  it('leaves pods Pending when no node has room, and says so once', () => {
    const base = createCluster({ seed: 3, replicas: PODS_PER_NODE, load: 0 });
    const state = {
      ...base,
      nodes: base.nodes.map((n) => ({ ...n, ready: n.name === 'node-1' })),
      pods: [...base.pods.map((p) => ({ ...p, node: 'node-1' as const })), newPod('extra', rs, 0)],
    };
    const first = schedule(state, 1);
    expect(first.state.pods.find((p) => p.name === 'extra')!.node).toBeNull();
    expect(first.notes.join()).toContain('Pending');
    expect(schedule(first.state, 2).notes).toEqual([]);
  });
});
