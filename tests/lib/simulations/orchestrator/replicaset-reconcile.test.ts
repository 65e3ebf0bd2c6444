import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { deletionOrder, newPod, reconcileReplicaSets } from '@/lib/simulations/orchestrator/replicaset-reconcile';

const rs = { name: 'web-6d9f7', version: 'v1' as const, replicas: 1 };

describe('ReplicaSet reconcile', () => {
  it('creates missing pods as Pending with fresh names', () => {
    const base = createCluster({ seed: 5, replicas: 2, load: 0 });
    const state = { ...base, replicaSets: [{ ...base.replicaSets[0]!, replicas: 4 }] };
    const next = reconcileReplicaSets(state, 1).state;
    const fresh = next.pods.filter((p) => p.status === 'Pending');
    expect(fresh).toHaveLength(2);
    expect(new Set(next.pods.map((p) => p.name)).size).toBe(4);
    expect(fresh.every((p) => p.name.startsWith('web-6d9f7-'))).toBe(true);
  });

  it('terminates surplus pods, not-ready ones first', () => {
    const base = createCluster({ seed: 5, replicas: 3, load: 0 });
    const starting = { ...newPod('web-6d9f7-zzzzz', rs, 0), node: 'node-1' as const, status: 'ContainerCreating' as const };
    const state = { ...base, pods: [...base.pods, starting] };
    const next = reconcileReplicaSets(state, 1).state;
    expect(next.pods.find((p) => p.name === starting.name)!.status).toBe('Terminating');
    expect(next.pods.filter((p) => p.status === 'Running')).toHaveLength(3);
  });

  it('does not replace a crashed pod (the kubelet restarts it in place)', () => {
    const base = createCluster({ seed: 5, replicas: 2, load: 0 });
    const state = { ...base, pods: base.pods.map((p, i) => (i === 0 ? { ...p, status: 'Error' as const, ready: false } : p)) };
    expect(reconcileReplicaSets(state, 1).state.pods).toHaveLength(2);
  });

  it('ranks unscheduled, then not running, then not ready, then newest for deletion', () => {
    const ready = { ...newPod('ready', rs, 0), node: 'node-1' as const, status: 'Running' as const, ready: true };
    const old = { ...ready, name: 'old', createdAt: -100 };
    const unready = { ...ready, name: 'unready', ready: false };
    const creating = { ...ready, name: 'creating', status: 'ContainerCreating' as const, ready: false };
    const pending = newPod('pending', rs, 0);
    expect(deletionOrder([old, ready, unready, creating, pending]).map((p) => p.name)).toEqual([
      'pending',
      'creating',
      'unready',
      'ready',
      'old',
    ]);
  });
});
