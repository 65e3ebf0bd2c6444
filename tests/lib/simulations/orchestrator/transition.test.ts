import { describe, expect, it } from 'vitest';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { SCENES, playDemo } from '@/lib/simulations/orchestrator/scenes';
import { run, transition } from '@/lib/simulations/orchestrator/transition';
import type { ClusterEvent } from '@/lib/simulations/orchestrator/types';

const script: { at: number; event: ClusterEvent }[] = [
  { at: 2, event: { type: 'set-load', rps: 500 } },
  { at: 9, event: { type: 'fail-node', node: 'node-1' } },
  { at: 15, event: { type: 'deploy-version', version: 'v2' } },
];

describe('transition', () => {
  it('replays exactly: same seed and events give the same state', () => {
    const a = run(createCluster({ seed: 42, replicas: 2, load: 60 }), script, 40);
    const b = run(createCluster({ seed: 42, replicas: 2, load: 60 }), script, 40);
    expect(a).toEqual(b);
  });

  it('names pods differently under another seed', () => {
    const a = run(createCluster({ seed: 42, replicas: 2, load: 60 }), script, 40);
    const b = run(createCluster({ seed: 43, replicas: 2, load: 60 }), script, 40);
    expect(a.pods.map((p) => p.name)).not.toEqual(b.pods.map((p) => p.name));
  });

  it('does not mutate the state it is given', () => {
    const state = createCluster({ seed: 1, replicas: 2, load: 60 });
    const snapshot = structuredClone(state);
    transition(state, { type: 'set-load', rps: 400 }, 1);
    transition(state, { type: 'tick' }, 1);
    transition(state, { type: 'crash-pod', pod: state.pods[0]!.name }, 1);
    expect(state).toEqual(snapshot);
  });

  it('narrates every reader event in Korean', () => {
    let state = createCluster({ seed: 1, replicas: 2, load: 60 });
    const events: ClusterEvent[] = [
      { type: 'set-load', rps: 200 },
      { type: 'crash-pod', pod: state.pods[0]!.name },
      { type: 'fail-node', node: 'node-3' },
      { type: 'recover-node', node: 'node-3' },
      { type: 'deploy-version', version: 'v2' },
      { type: 'rollback' },
    ];
    for (const event of events) {
      const before = state.log.length;
      state = transition(state, event, 1);
      expect(state.log.length).toBe(before + 1);
      expect(state.log.at(-1)!.text).toMatch(/[가-힣]/);
    }
  });

  it('clamps the load to the slider range', () => {
    const state = createCluster({ seed: 1, replicas: 2, load: 60 });
    expect(transition(state, { type: 'set-load', rps: 5000 }, 1).load).toBe(800);
    expect(transition(state, { type: 'set-load', rps: -5 }, 1).load).toBe(0);
  });

  it('plays every scene’s demo to a healthy end', () => {
    for (const scene of Object.values(SCENES)) {
      const end = playDemo(scene);
      expect(end.log.length).toBeGreaterThan(2);
      expect(end.pods.filter((p) => p.ready).length).toBeGreaterThanOrEqual(2);
    }
    const rollout = playDemo(SCENES.rollout);
    expect(rollout.traffic.totalFailed).toBe(0);
    expect(rollout.log.map((l) => l.text).join('\n')).toMatch(/롤아웃이 멈췄[\s\S]*롤백합니다[\s\S]*롤아웃이 끝났습니다/);
  });
});
