import { describe, expect, it } from 'vitest';
import {
  createTimeline,
  flowSceneCodec,
  replayFlowScene,
  sceneOfTimeline,
  tourEditLine,
  updateTimeline,
  type BuildFlowState,
  type Timeline,
  type TimelineAction,
} from '@/lib/simulations/build-flow';
import { readScene, sceneUrl } from '@/lib/share/scene-link';

// Timestamps are recorded but never shown; everything else must match exactly.
function shown(state: BuildFlowState) {
  return {
    ...state,
    build: state.build && { ...state.build, startedAt: 0 },
    containers: state.containers.map((container) => ({ ...container, startedAt: 0 })),
  };
}

function play(actions: TimelineAction[]): Timeline {
  return actions.reduce((timeline, action) => updateTimeline(timeline, action, 'full'), createTimeline());
}

const forward = (n: number): TimelineAction[] => Array.from({ length: n }, (_, i) => ({ type: 'forward', now: 5000 + i * 777 }));

describe('build-flow scene links', () => {
  it('reopen a session with an edited line, a stopped and a removed container, exactly as sent', () => {
    let timeline = play(forward(30));
    const [first] = timeline.present.containers;
    expect(first).toBeDefined();
    timeline = updateTimeline(timeline, { type: 'apply', event: { type: 'stop', id: first!.id }, now: 99_000 }, 'full');
    timeline = updateTimeline(timeline, { type: 'apply', event: { type: 'remove', id: first!.id }, now: 99_500 }, 'full');
    timeline = updateTimeline(timeline, { type: 'apply', event: { type: 'edit', line: 0 }, now: 100_000 }, 'full');
    timeline = updateTimeline(timeline, { type: 'build', now: 100_100 }, 'full');
    timeline = updateTimeline(timeline, { type: 'forward', now: 100_200 }, 'full');

    const scene = sceneOfTimeline(timeline);
    expect(scene).not.toBeNull();
    const url = sceneUrl('https://example.test/learn/container', 'build-flow-full', flowSceneCodec, scene!);
    const read = readScene(new URL(url).search, 'build-flow-full', flowSceneCodec);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    const reopened = replayFlowScene(read.scene);
    expect(reopened).not.toBeNull();
    expect(shown(reopened!.present)).toEqual(shown(timeline.present));
    expect(reopened!.past.map(shown)).toEqual(timeline.past.map(shown));
    expect(reopened!.playing).toBe('no');
  });

  it('shares what is on screen after stepping back, and writes build steps compactly', () => {
    const timeline = play([...forward(9), { type: 'back' }, { type: 'back' }]);
    const scene = sceneOfTimeline(timeline)!;
    expect(scene.events).toHaveLength(7);
    expect(flowSceneCodec.encode(scene)).toBe('b7');
    expect(flowSceneCodec.encode({ events: [{ type: 'build-step' }, { type: 'edit', line: tourEditLine }, { type: 'run' }, { type: 'stop', run: 1 }, { type: 'reset' }] })).toBe(
      `b1_e${tourEditLine}_r_s1_z`,
    );
  });

  it('accepts a whole build, a run, a stop and a remove (seven recipe lines, one layer each)', () => {
    expect(flowSceneCodec.decode('b7_r_s1_x1')?.events).toHaveLength(10);
  });

  it('an untouched widget is the empty scene', () => {
    expect(sceneOfTimeline(createTimeline())).toEqual({ events: [] });
    expect(flowSceneCodec.decode('')).toEqual({ events: [] });
  });

  it.each([
    ['a line that cannot be edited', 'e99'],
    ['run before any image', 'r'],
    ['stopping a container that never ran', 'b7_r_s5'],
    ['removing a running container', 'b7_r_x1'],
    ['an edit in the middle of a build', 'b1_e0'],
    ['a build step with nothing left to build', 'b8'],
    ['an unknown token', 'q1'],
    ['zero build steps', 'b0'],
    ['too many steps', 'b201'],
  ])('rejects a scene with %s', (_, payload) => {
    expect(flowSceneCodec.decode(payload)).toBeNull();
  });
});
