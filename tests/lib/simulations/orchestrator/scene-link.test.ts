import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_NAMES } from '@/lib/simulations/orchestrator/config';
import { SCENES, type SceneId } from '@/lib/simulations/orchestrator/scenes';
import { clusterSceneCodec, replayClusterScene, type ClusterSceneEntry, type ReaderEvent } from '@/lib/simulations/orchestrator/scene-link';
import { transition } from '@/lib/simulations/orchestrator/transition';
import type { ClusterState } from '@/lib/simulations/orchestrator/types';
import { readScene, sceneUrl } from '@/lib/share/scene-link';

// The live widget (components/widgets/orchestrator/use-cluster.ts): a tick moves the clock one
// second; a reader's action lands at the current second. This plays a session the same way.
type Move = { wait: number } | { event: ReaderEvent } | { crash: number };

function playLive(start: ClusterState, moves: readonly Move[]) {
  let state = start;
  const entries: ClusterSceneEntry[] = [];
  for (const move of moves) {
    if ('wait' in move) {
      for (let i = 0; i < move.wait; i += 1) state = transition(state, { type: 'tick' }, state.time + 1);
      continue;
    }
    const event: ReaderEvent = 'event' in move ? move.event : { type: 'crash-pod', pod: state.pods[move.crash % Math.max(1, state.pods.length)]?.name ?? 'web-x' };
    entries.push({ at: state.time, event });
    state = transition(state, event, state.time);
  }
  return { state, scene: { time: state.time, entries } };
}

const node = fc.constantFrom(...NODE_NAMES);
const move: fc.Arbitrary<Move> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 12 }).map((wait) => ({ wait })), weight: 5 },
  { arbitrary: fc.integer({ min: 0, max: 800 }).map((rps) => ({ event: { type: 'set-load' as const, rps } })), weight: 2 },
  { arbitrary: fc.nat(20).map((crash) => ({ crash })), weight: 1 },
  { arbitrary: node.map((n) => ({ event: { type: 'fail-node' as const, node: n } })), weight: 1 },
  { arbitrary: node.map((n) => ({ event: { type: 'recover-node' as const, node: n } })), weight: 1 },
  { arbitrary: fc.constantFrom('v1' as const, 'v2' as const, 'v3' as const).map((version) => ({ event: { type: 'deploy-version' as const, version } })), weight: 1 },
  { arbitrary: fc.constant({ event: { type: 'rollback' as const } }), weight: 1 },
);
const sceneId = fc.constantFrom<SceneId>('scaling', 'healing', 'rollout', 'sandbox');

describe('orchestrator scene links', () => {
  it('reopen any session exactly as it was sent', () => {
    fc.assert(
      fc.property(sceneId, fc.array(move, { maxLength: 30 }), (id, moves) => {
        const preset = SCENES[id];
        const { state, scene } = playLive(preset.start(), moves);
        const instance = `orchestrator-${id}`;
        const read = readScene(new URL(sceneUrl('https://example.test/learn/kubernetes', instance, clusterSceneCodec, scene)).search, instance, clusterSceneCodec);
        expect(read.status).toBe('ok');
        if (read.status !== 'ok') return;
        expect(read.scene).toEqual(scene);
        expect(replayClusterScene(preset.start(), read.scene)).toEqual(state);
      }),
      { numRuns: 60 },
    );
  });

  it('writes a short link: load 400 at 2 s, node-2 down at 10 s, v2 at 15 s, clock at 40 s', () => {
    const scene = {
      time: 40,
      entries: [
        { at: 2, event: { type: 'set-load', rps: 400 } },
        { at: 10, event: { type: 'fail-node', node: 'node-2' } },
        { at: 15, event: { type: 'deploy-version', version: 'v2' } },
        { at: 20, event: { type: 'rollback' } },
      ] satisfies ClusterSceneEntry[],
    };
    expect(clusterSceneCodec.encode(scene)).toBe('40_2l400_10f2_15d2_20b');
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
    expect(clusterSceneCodec.decode(payload)).toBeNull();
  });
});
