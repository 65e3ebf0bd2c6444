import { describe, expect, it } from 'vitest';
import { replayFinal } from '@/lib/simulations/kernel';
import { ORCHESTRATOR, clusterSceneCodec, revisionsOf, transition, type ClusterState } from '@/lib/simulations/orchestrator';
import { failedScheduling } from '@/lib/simulations/orchestrator/narrate';

// The events the terminal's kubectl sends that the widget has no control for: scale, cordon,
// uncordon, drain; and the revision numbers `rollout history` reads.
const sandbox = ORCHESTRATOR.sandbox;
const settled = (): ClusterState => replayFinal(sandbox, [], { until: 3 });
const run = (state: ClusterState, from: number, seconds: number) =>
  replayFinal(sandbox, [], { from: state, start: from, until: from + seconds });

describe('kubectl events in the cluster model', () => {
  it('scale sets spec.replicas; the autoscaler then sets it back from CPU', () => {
    const state = transition(settled(), { type: 'scale', replicas: 5 }, 3);
    expect(state.deployment.replicas).toBe(5);
    expect(state.headline?.notes).toEqual([{ kind: 'replicas-set', from: 2, to: 5 }]);
    expect(sandbox.narrate(state)).toMatch(/kubectl scale/);
    expect(run(state, 3, 40).deployment.replicas).toBe(2);
    for (const replicas of [0, -1, 21, Number.NaN, 5, 2])
      expect(transition(state, { type: 'scale', replicas }, 3) === state).toBe(replicas !== 2);
  });

  it('a cordoned node gets no new pods, and FailedScheduling says so', () => {
    let state = settled();
    for (const node of ['node-1', 'node-2', 'node-3'] as const) state = transition(state, { type: 'cordon', node }, 3);
    expect(transition(state, { type: 'cordon', node: 'node-1' }, 3)).toBe(state);
    state = transition(state, { type: 'scale', replicas: 3 }, 3);
    state = transition(state, { type: 'tick' }, 4);
    const pending = state.pods.filter((pod) => pod.node === null);
    expect(pending).toHaveLength(1);
    const note = state.log.find((entry) => entry.note.kind === 'unschedulable')?.note;
    expect(note?.kind === 'unschedulable' && failedScheduling(note.reason)).toBe(
      '0/3 nodes are available: 3 node(s) were unschedulable.',
    );
    state = transition(state, { type: 'uncordon', node: 'node-2' }, 4);
    state = transition(state, { type: 'tick' }, 5);
    expect(state.pods.find((pod) => pod.name === pending[0]!.name)?.node).toBe('node-2');
  });

  it('drain cordons the node and evicts its pods; their ReplicaSet replaces them elsewhere', () => {
    const start = settled();
    const onNode = start.pods.filter((pod) => pod.node === 'node-1').map((pod) => pod.name);
    expect(onNode.length).toBeGreaterThan(0);
    const drained = transition(start, { type: 'drain', node: 'node-1' }, 3);
    expect(drained.nodes.find((n) => n.name === 'node-1')?.cordoned).toBe(true);
    expect(drained.pods.filter((pod) => onNode.includes(pod.name)).every((pod) => pod.status === 'Terminating')).toBe(true);
    expect(transition(run(drained, 3, 5), { type: 'drain', node: 'node-1' }, 8) === run(drained, 3, 5)).toBe(false);
    const later = run(drained, 3, 8);
    expect(later.pods.filter((pod) => pod.node === 'node-1')).toEqual([]);
    expect(later.pods.filter((pod) => pod.ready)).toHaveLength(2);
  });

  it('numbers revisions as Deployments do: a rollback takes the next number', () => {
    let state = settled();
    expect(revisionsOf(state.deployment)).toEqual({ v1: 1 });
    state = transition(state, { type: 'deploy-version', version: 'v2' }, 3);
    state = transition(state, { type: 'rollback' }, 4);
    expect(revisionsOf(state.deployment)).toEqual({ v1: 3, v2: 2 });
  });

  it('carries the new events in scene links only where a preset allows them', () => {
    const scene = {
      at: 9,
      entries: [
        { at: 2, event: { type: 'scale' as const, replicas: 4 } },
        { at: 3, event: { type: 'drain' as const, node: 'node-2' as const } },
      ],
    };
    const all = clusterSceneCodec(['scale', 'cordon', 'uncordon', 'drain']);
    expect(all.encode(scene)).toBe('9_2s4_3n2');
    expect(all.decode('9_2s4_3n2')).toEqual(scene);
    expect(all.decode('9_2k1_3u3')?.entries.map((e) => e.event)).toEqual([
      { type: 'cordon', node: 'node-1' },
      { type: 'uncordon', node: 'node-3' },
    ]);
    expect(sandbox.codec?.decode('9_2s4')).toBeNull();
  });
});
