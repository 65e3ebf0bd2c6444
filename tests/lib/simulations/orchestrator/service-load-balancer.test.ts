import { describe, expect, it } from 'vitest';
import { LIMIT_RPS } from '@/lib/simulations/orchestrator/config';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { balanceLoad, splitLoad } from '@/lib/simulations/orchestrator/service-load-balancer';

describe('service load balancing', () => {
  it('splits evenly and fails only what exceeds the pods’ limit', () => {
    expect(splitLoad(90, 3)).toEqual({ perPod: [30, 30, 30], served: 90, failed: 0 });
    expect(splitLoad(10, 3).perPod).toEqual([4, 3, 3]);
    expect(splitLoad(3 * LIMIT_RPS + 50, 3)).toMatchObject({ served: 3 * LIMIT_RPS, failed: 50 });
    expect(splitLoad(40, 0)).toEqual({ perPod: [], served: 0, failed: 40 });
  });

  it('sends nothing to a pod that is not ready', () => {
    const base = createCluster({ seed: 9, replicas: 3, load: 90 });
    const state = { ...base, pods: base.pods.map((p, i) => (i === 0 ? { ...p, ready: false, status: 'Error' as const } : p)) };
    const next = balanceLoad(state, 1).state;
    expect(next.pods.map((p) => p.servedRps)).toEqual([0, 45, 45]);
    expect(next.traffic).toMatchObject({ failed: 0 });
  });

  it('fails what is sent to a pod whose machine stopped, while its node still looks Ready', () => {
    const base = createCluster({ seed: 9, replicas: 3, load: 90 });
    const down = base.pods[0]!.node!;
    const state = { ...base, nodes: base.nodes.map((n) => (n.name === down ? { ...n, up: false } : n)) };
    const next = balanceLoad(state, 1);
    expect(next.state.traffic.failed).toBe(30);
    expect(next.notes).toEqual([{ kind: 'blackhole', pods: 1 }]);
  });

  it('counts failed requests and records a history sample', () => {
    const base = createCluster({ seed: 9, replicas: 2, load: 260 });
    const next = balanceLoad(balanceLoad(base, 1).state, 2).state;
    expect(next.traffic.failed).toBe(60);
    expect(next.traffic.totalFailed).toBe(120);
    expect(next.history.map((s) => s.failed)).toEqual([60, 60]);
  });
});
