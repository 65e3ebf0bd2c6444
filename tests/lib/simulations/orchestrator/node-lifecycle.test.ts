import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { isServing } from '@/lib/simulations/orchestrator/pod-queries';
import { run, transition } from '@/lib/simulations/orchestrator/transition';

describe('node failure', () => {
  it('recreates the lost pods on the remaining nodes and restores the desired count', () => {
    let state = createCluster({ seed: 11, replicas: 3, load: 90 });
    const lost = state.pods.find((p) => p.node === 'node-2')!;
    state = transition(state, { type: 'fail-node', node: 'node-2' }, 1);
    expect(state.log.at(-1)!.text).toContain('의도한 상태');
    expect(state.pods.find((p) => p.name === lost.name)!.status).toBe('Terminating');
    state = run(state, [], 15);
    expect(state.pods.some((p) => p.name === lost.name)).toBe(false);
    expect(state.pods.every((p) => p.node !== 'node-2')).toBe(true);
    expect(state.pods.filter((p) => isServing(p, state))).toHaveLength(3);
  });

  it('lets new pods land on a recovered node again', () => {
    let state = createCluster({ seed: 11, replicas: 2, load: 60 });
    state = run(state, [
      { at: 1, event: { type: 'fail-node', node: 'node-3' } },
      { at: 2, event: { type: 'recover-node', node: 'node-3' } },
      { at: 3, event: { type: 'set-load', rps: 300 } },
    ], 20);
    expect(state.pods.some((p) => p.node === 'node-3')).toBe(true);
  });

  it('restarts a crashed pod in place rather than replacing it', () => {
    let state = createCluster({ seed: 11, replicas: 3, load: 90 });
    const victim = state.pods[0]!;
    state = transition(state, { type: 'crash-pod', pod: victim.name }, 1);
    state = run(state, [], 10);
    const again = state.pods.find((p) => p.name === victim.name)!;
    expect(again).toMatchObject({ restarts: 1, ready: true, node: victim.node });
    expect(state.pods).toHaveLength(3);
    expect(state.traffic.totalFailed).toBe(0);
  });
});
