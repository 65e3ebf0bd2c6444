import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayFinal, type Scene, type Timed } from '@/lib/simulations/kernel';
import { NODE_NAMES } from '@/lib/simulations/orchestrator/config';
import { PRESETS, type ReaderEvent, type SceneId } from '@/lib/simulations/orchestrator/scenes';
import { ORCHESTRATOR } from '@/lib/simulations/orchestrator/simulation';
import type { ClusterEvent, ClusterState } from '@/lib/simulations/orchestrator/types';
import { readScene, sceneUrl } from '@/lib/share/scene-link';

// The live widget (useSimulation): a tick moves the clock one second; a reader's action lands at
// the current second, after that second's tick. This plays a session the same way.
type Move = { wait: number } | { event: ReaderEvent } | { pod: number; kind: 'crash-pod' | 'delete-pod' };

function playLive(id: SceneId, moves: readonly Move[]) {
  const sim = ORCHESTRATOR[id];
  let state = sim.initial();
  let now = 0;
  const entries: Timed<ClusterEvent>[] = [];
  for (const move of moves) {
    if ('wait' in move) {
      for (let i = 0; i < move.wait; i += 1) state = sim.transition(state, { type: 'tick' }, ++now);
      continue;
    }
    const event: ReaderEvent =
      'event' in move
        ? move.event
        : { type: move.kind, pod: state.pods[move.pod % Math.max(1, state.pods.length)]?.name ?? 'web-x' };
    if (!PRESETS[id].events.includes(event.type)) continue;
    const next = sim.transition(state, event, now);
    // The hook records only what the rules accepted.
    if (next !== state) entries.push({ at: now, event });
    state = next;
  }
  return { state, scene: { entries, at: now } satisfies Scene<ClusterEvent> };
}

const node = fc.constantFrom(...NODE_NAMES);
const move: fc.Arbitrary<Move> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 12 }).map((wait) => ({ wait })), weight: 5 },
  { arbitrary: fc.integer({ min: 0, max: 800 }).map((rps) => ({ event: { type: 'set-load' as const, rps } })), weight: 2 },
  { arbitrary: fc.record({ pod: fc.nat(20), kind: fc.constantFrom('crash-pod' as const, 'delete-pod' as const) }), weight: 1 },
  { arbitrary: node.map((n) => ({ event: { type: 'fail-node' as const, node: n } })), weight: 1 },
  { arbitrary: node.map((n) => ({ event: { type: 'recover-node' as const, node: n } })), weight: 1 },
  {
    arbitrary: fc
      .constantFrom('v1' as const, 'v2' as const, 'v3' as const)
      .map((version) => ({ event: { type: 'deploy-version' as const, version } })),
    weight: 1,
  },
  { arbitrary: fc.constant({ event: { type: 'rollback' as const } }), weight: 1 },
);
const sceneId = fc.constantFrom<SceneId>('scaling', 'healing', 'rollout', 'sandbox');

describe('orchestrator scene links', () => {
  it('reopen any session exactly as it was sent (one replay: the kernel’s)', () => {
    fc.assert(
      fc.property(sceneId, fc.array(move, { maxLength: 30 }), (id, moves) => {
        const sim = ORCHESTRATOR[id];
        const codec = sim.codec!;
        const { state, scene } = playLive(id, moves);
        const instance = `orchestrator-${id}`;
        const read = readScene(
          new URL(sceneUrl('https://example.test/learn/kubernetes', instance, codec, scene)).search,
          instance,
          codec,
        );
        expect(read.status).toBe('ok');
        if (read.status !== 'ok') return;
        expect(read.scene).toEqual(scene);
        expect(replayFinal<ClusterState, ClusterEvent>(sim, read.scene.entries, { until: read.scene.at })).toEqual(state);
      }),
      { numRuns: 60 },
    );
  });

  it('writes a short link: load 400 at 2 s, node-2 down at 10 s, v2 at 15 s, clock at 40 s', () => {
    const scene: Scene<ClusterEvent> = {
      at: 40,
      entries: [
        { at: 2, event: { type: 'set-load', rps: 400 } },
        { at: 10, event: { type: 'fail-node', node: 'node-2' } },
        { at: 15, event: { type: 'deploy-version', version: 'v2' } },
        { at: 20, event: { type: 'rollback' } },
        { at: 21, event: { type: 'delete-pod', pod: 'web-84c5b-abcde' } },
      ],
    };
    expect(ORCHESTRATOR.sandbox.codec!.encode(scene)).toBe('40_2l400_10f2_15d2_20b_21xweb-84c5b-abcde');
  });

  it('accepts only the events the widget has controls for (issue 15: a broken v3 and a dead node in the scaling widget)', () => {
    expect(ORCHESTRATOR.scaling.codec!.decode('30_1d3_2f1')).toBeNull();
    expect(ORCHESTRATOR.sandbox.codec!.decode('30_1d3_2f1')).not.toBeNull();
    expect(ORCHESTRATOR.rollout.codec!.decode('30_1l300')).toBeNull();
    expect(ORCHESTRATOR.healing.codec!.decode('30_1b')).toBeNull();
    expect(ORCHESTRATOR.scaling.codec!.decode('30_1l300')).toEqual({
      at: 30,
      entries: [{ at: 1, event: { type: 'set-load', rps: 300 } }],
    });
    expect(readScene('?scene=orchestrator-scaling.1.30_1d3_2f1', 'orchestrator-scaling', ORCHESTRATOR.scaling.codec!)).toEqual({
      status: 'invalid',
    });
  });

  it('tells a newer format from an older one', () => {
    const codec = ORCHESTRATOR.sandbox.codec!;
    expect(readScene('?scene=orchestrator-sandbox.0.12', 'orchestrator-sandbox', codec)).toEqual({ status: 'outdated' });
    expect(readScene('?scene=orchestrator-sandbox.7.12', 'orchestrator-sandbox', codec)).toEqual({ status: 'newer' });
  });

  it.each([
    ['not a number', 'abc'],
    ['clock past two hours', '7201'],
    ['action after the clock', '10_11l5'],
    ['actions out of order', '20_5l10_3l20'],
    ['load above the maximum', '20_1l801'],
    ['no such node', '20_1f4'],
    ['no such version', '20_1d9'],
    ['unknown action', '20_1q1'],
    ['rollback with an argument', '20_1b2'],
    ['bad pod name', '20_1cWEB'],
    ['empty token', '20__1l5'],
  ])('rejects a scene with %s', (_, payload) => {
    expect(ORCHESTRATOR.sandbox.codec!.decode(payload)).toBeNull();
  });
});
