import { describe, expect, it } from 'vitest';
import { can, replayFinal } from '@/lib/simulations/kernel';
import { PRESETS, type SceneId } from '@/lib/simulations/orchestrator/scenes';
import { ORCHESTRATOR } from '@/lib/simulations/orchestrator/simulation';

const ids = Object.keys(ORCHESTRATOR) as SceneId[];
const podName = /web-[0-9a-z]{5}-[0-9a-z]{5}/;

describe.each(ids)('the %s instance keeps the simulation contract', (id) => {
  const sim = ORCHESTRATOR[id];

  it('ticks once per simulated second, one second of real time at 1×, and says time is compressed', () => {
    expect(sim.id).toBe('orchestrator');
    expect(sim.clock).toMatchObject({ event: { type: 'tick' }, step: 1, realMs: 1000 });
    expect(sim.clock?.note).toMatch(/줄여서/);
  });

  it('starts from the same state every time and never changes the state it is given', () => {
    const state = sim.initial();
    expect(sim.initial()).toEqual(state);
    const snapshot = structuredClone(state);
    for (const event of [
      { type: 'tick' },
      { type: 'set-load', rps: 400 },
      { type: 'fail-node', node: 'node-1' },
      { type: 'delete-pod', pod: state.pods[0]!.name },
    ] as const) {
      sim.transition(state, event, 1);
    }
    expect(state).toEqual(snapshot);
  });

  it('returns the very same state for an event the rules reject, so can() is false', () => {
    const state = sim.initial();
    const rejected = [
      { type: 'set-load', rps: state.load },
      { type: 'crash-pod', pod: 'web-00000-none0' },
      { type: 'delete-pod', pod: 'web-00000-none0' },
      { type: 'recover-node', node: 'node-1' },
      { type: 'deploy-version', version: state.deployment.version },
      { type: 'rollback' },
    ] as const;
    for (const event of rejected) {
      expect(sim.transition(state, event, 0), event.type).toBe(state);
      expect(can(sim, state, event, 0)).toBe(false);
    }
    expect(can(sim, state, { type: 'fail-node', node: 'node-1' }, 0)).toBe(true);
    expect(can(sim, state, { type: 'crash-pod', pod: state.pods[0]!.name }, 0)).toBe(true);
  });

  it('a killed container cannot be killed again until it runs, nor on a stopped node', () => {
    const state = sim.initial();
    const pod = state.pods[0]!;
    const killed = sim.transition(state, { type: 'crash-pod', pod: pod.name }, 0);
    expect(can(sim, killed, { type: 'crash-pod', pod: pod.name }, 0)).toBe(false);
    expect(can(sim, killed, { type: 'delete-pod', pod: pod.name }, 0)).toBe(true);
    const stopped = sim.transition(state, { type: 'fail-node', node: pod.node! }, 0);
    expect(can(sim, stopped, { type: 'crash-pod', pod: pod.name }, 0)).toBe(false);
  });

  it('has a transcript of the demo, in simulated seconds, with no pod names in it', () => {
    const lines = sim.transcript();
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      expect(line).toMatch(/^\d+초: /);
      expect(line).not.toMatch(podName);
    }
  });

  it('draws its still figure from the same replay as the demo', () => {
    const { demo } = PRESETS[id];
    const still = sim.still();
    expect(still.time).toBe(demo.still);
    expect(still).toEqual(
      replayFinal(
        sim,
        demo.entries.filter((e) => e.at <= demo.still),
        { until: demo.still },
      ),
    );
  });

  it('invites the reader before anything has happened', () => {
    expect(sim.narrate(sim.initial())).toBe(PRESETS[id].hint);
  });
});
