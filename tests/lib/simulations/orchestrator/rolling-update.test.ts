import { describe, expect, it } from 'vitest';
import { MAX_SURGE, MAX_UNAVAILABLE } from '@/lib/simulations/orchestrator/config';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { isServing } from '@/lib/simulations/orchestrator/pod-queries';
import { scaleProportionally } from '@/lib/simulations/orchestrator/rolling-update';
import { transition } from '@/lib/simulations/orchestrator/transition';
import type { ClusterState } from '@/lib/simulations/orchestrator/types';

function tickUntil(state: ClusterState, until: number, check?: (s: ClusterState) => void): ClusterState {
  let current = state;
  for (let t = current.time + 1; t <= until; t += 1) {
    current = transition(current, { type: 'tick' }, t);
    check?.(current);
  }
  return current;
}

describe('rolling update', () => {
  it('replaces v1 with v2 one pod at a time, within surge and unavailable limits, with no failed requests', () => {
    let state = tickUntil(createCluster({ seed: 7, replicas: 4, load: 140 }), 2);
    state = transition(state, { type: 'deploy-version', version: 'v2' }, 3);
    state = tickUntil(state, 60, (s) => {
      const active = s.pods.filter((p) => p.status !== 'Terminating');
      expect(active.length).toBeLessThanOrEqual(4 + MAX_SURGE);
      expect(s.pods.filter((p) => isServing(p, s)).length).toBeGreaterThanOrEqual(4 - MAX_UNAVAILABLE);
      expect(s.traffic.failed).toBe(0);
    });
    expect(state.pods.map((p) => p.version)).toEqual(['v2', 'v2', 'v2', 'v2']);
    expect(state.traffic.totalFailed).toBe(0);
    expect(state.log.at(-1)!.note).toMatchObject({ kind: 'rollout-complete', version: 'v2', failed: 0 });
  });

  it('stalls on a broken v3 while v2 keeps serving, and rollback restores v2', () => {
    let state = createCluster({ seed: 7, replicas: 3, load: 105, version: 'v2' });
    state = transition(state, { type: 'deploy-version', version: 'v3' }, 1);
    state = tickUntil(state, 40);
    const v3 = state.pods.filter((p) => p.version === 'v3');
    expect(v3).toHaveLength(MAX_SURGE);
    expect(v3.every((p) => !p.ready)).toBe(true);
    expect(state.pods.filter((p) => p.version === 'v2' && isServing(p, state))).toHaveLength(3);
    expect(state.log.map((l) => l.note)).toContainEqual({
      kind: 'rollout-stalled',
      version: 'v3',
      reason: 'readiness',
      unschedulable: null,
    });
    expect(state.traffic.totalFailed).toBe(0);

    state = transition(state, { type: 'rollback' }, 41);
    expect(state.deployment.version).toBe('v2');
    state = tickUntil(state, 50);
    expect(state.pods.map((p) => p.version)).toEqual(['v2', 'v2', 'v2']);
    expect(state.traffic.totalFailed).toBe(0);
  });

  it('resizes ReplicaSets in proportion when replicas change mid-rollout', () => {
    const sets = [
      { name: 'a', version: 'v1' as const, replicas: 3 },
      { name: 'b', version: 'v2' as const, replicas: 1 },
    ];
    const grown = scaleProportionally(sets, 4, 7);
    expect(grown.reduce((n, rs) => n + rs.replicas, 0)).toBe(7);
    expect(grown[0]!.replicas).toBeGreaterThan(grown[1]!.replicas);
  });
});
