import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayFinal, type Scene, type Timed } from '@/lib/simulations/kernel';
import { readScene, sceneUrl } from '@/lib/share/scene-link';
import { buildFlowCompact, buildFlowFull, clock, tourScene, type BuildFlowEvent } from '@/lib/simulations/build-flow';
import { menu, resolve } from './helpers';

/** A reader's session as the live hook records it: accepted events at the time they happen, ticks only while a build runs. */
function session(picks: [number, number][]): Scene<BuildFlowEvent> {
  const entries: Timed<BuildFlowEvent>[] = [];
  let state = buildFlowFull.initial();
  let now = 0;
  for (const pick of picks) {
    const event = resolve(state, pick);
    if (event.type === 'tick') {
      if (!clock.runs(state)) continue;
      now += clock.step;
      state = buildFlowFull.transition(state, event, now);
      continue;
    }
    const next = buildFlowFull.transition(state, event, now);
    if (next === state) continue;
    entries.push({ at: now, event });
    state = next;
  }
  return { entries, at: now };
}

const codec = buildFlowFull.codec!;

describe('build-flow scene links', () => {
  it('any session the widget can record goes through a link and replays to the same state', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        const scene = session(picks);
        const url = sceneUrl('https://example.test/learn/container', 'build-flow-full', codec, scene);
        const read = readScene(new URL(url).search, 'build-flow-full', codec);
        expect(read).toEqual({ status: 'ok', scene });
        expect(replayFinal(buildFlowFull, scene.entries, { until: scene.at })).toEqual(
          replayFinal(buildFlowFull, (read as { scene: Scene<BuildFlowEvent> }).scene.entries, { until: scene.at }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('writes the tour compactly, ticks as counts', () => {
    expect(codec.encode(tourScene(buildFlowFull))).toBe('b_t45_b_t1_e5_b_t1_p8080_p8080_x2_p8081');
    expect(buildFlowCompact.codec!.encode(tourScene(buildFlowCompact))).toBe('b_t45_r_r');
    expect(codec.decode('')).toEqual({ entries: [], at: 0 });
  });

  it('opens a link paused mid-build at the very tick it was sent (60 s in: during bundle install)', () => {
    const scene = codec.decode('b_t20')!;
    const state = replayFinal(buildFlowFull, scene.entries, { until: scene.at });
    expect(state.build?.steps.map((step) => step.line)).toEqual([0, 1, 2, 3]);
    expect(state.build?.imageId).toBeNull();
  });

  it('is version 2: version-1 links (layers as reader steps, CMD as a layer) are refused politely as an older format', () => {
    expect(codec.version).toBe(2);
    expect(readScene('?scene=build-flow-full.1.b7_r', 'build-flow-full', codec)).toEqual({ status: 'outdated' });
  });

  it.each([
    ['run before any image', 'p8080'],
    ['a line that cannot be edited', 'b_t45_e4'],
    ['an edit in the middle of a build', 'b_t1_e0'],
    ['a port the widget does not offer', 'b_t45_p22'],
    ['stopping a container that never ran', 'b_t45_p8080_s5'],
    ['removing a running container', 'b_t45_p8080_x1'],
    ['a fifth container', 'b_t45_p8080_p8081_p8082_p8080_p8081'],
    ['zero ticks', 'b_t0'],
    ['an unknown token', 'q1'],
    ['a run without -p, which only the compact form has', 'b_t45_r'],
    ['too many ticks', `b_t${2_001}`],
  ])('the full widget refuses a link with %s', (_, payload) => {
    expect(codec.decode(payload)).toBeNull();
  });

  it('the compact widget accepts only its own controls: build and run', () => {
    const compact = buildFlowCompact.codec!;
    expect(compact.decode('b_t45_r_r')).not.toBeNull();
    expect(compact.decode('b_t45_p8080')).toBeNull();
    expect(compact.decode('b_t45_e5')).toBeNull();
  });

  it('keeps a tick that found the build already done: it changes nothing, as in the live widget', () => {
    const scene = codec.decode('b_t46_p8080')!;
    expect(replayFinal(buildFlowFull, scene.entries, { until: scene.at }).containers).toHaveLength(1);
  });

  it('never throws on any payload', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9_]{0,40}$/), (payload) => {
        expect(() => codec.decode(payload)).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });
});
