import { describe, expect, it } from 'vitest';
import {
  commandFor,
  createInitialState,
  createTimeline,
  delayBeforeNext,
  finishedState,
  narrate,
  recipe,
  transcript,
  transition,
  updateTimeline,
  type Timeline,
  type TimelineAction,
} from '@/lib/simulations/build-flow';

const run = (timeline: Timeline, ...actions: TimelineAction[]) =>
  actions.reduce((current, action) => updateTimeline(current, action, 'full'), timeline);

const ticks = (n: number) => Array.from({ length: n }, (_, index): TimelineAction => ({ type: 'tick', now: index }));

describe('timeline', () => {
  it('빌드 plays layer by layer and stops when the image is done', () => {
    let timeline = run(createTimeline(), { type: 'build', now: 0 });
    expect(timeline.playing).toBe('build');
    timeline = run(timeline, ...ticks(recipe.length - 1));
    expect(timeline.present.images).toHaveLength(1);
    expect(timeline.playing).toBe('no');
  });

  it('play runs the whole tour and stops at its end', () => {
    const timeline = run(createTimeline(), { type: 'play' }, ...ticks(100));
    expect(timeline.playing).toBe('no');
    const finished = finishedState('full');
    expect(timeline.present.images.map((image) => image.tag)).toEqual(finished.images.map((image) => image.tag));
    expect(timeline.present.containers.map((container) => container.name)).toEqual(['rails-1', 'rails-2', 'rails-3']);
    expect(timeline.present.revisions).toEqual(finished.revisions);
  });

  it('back then forward returns to the same state; forward redoes before it suggests', () => {
    const start = run(createTimeline(), { type: 'forward', now: 0 }, { type: 'forward', now: 1 });
    const back = run(start, { type: 'back' });
    expect(back.present).toBe(start.past[start.past.length - 1]);
    expect(run(back, { type: 'forward', now: 9 }).present).toBe(start.present);
  });

  it('back at the start and pause when paused change nothing', () => {
    const timeline = createTimeline();
    expect(run(timeline, { type: 'back' })).toBe(timeline);
    expect(run(timeline, { type: 'pause' })).toBe(timeline);
  });

  it('a new action after going back drops the undone future', () => {
    const run1 = { type: 'apply', event: { type: 'run' }, now: 0 } as const;
    const built = run(createTimeline(), { type: 'build', now: 0 }, ...ticks(recipe.length), run1, run1);
    const back = run(built, { type: 'back' }, { type: 'back' });
    expect(back.future.length).toBe(2);
    expect(run(back, { type: 'apply', event: { type: 'run' }, now: 0 }).future).toEqual([]);
  });

  it('waits briefly before a cached layer and longer before a rebuilt one or after an action', () => {
    let timeline = run(createTimeline(), { type: 'build', now: 0 });
    expect(delayBeforeNext(timeline)).toBe(1300);
    timeline = run(timeline, ...ticks(recipe.length - 1), { type: 'apply', event: { type: 'edit', line: 5 }, now: 0 });
    expect(delayBeforeNext(timeline)).toBe(2400);
    timeline = run(timeline, { type: 'build', now: 0 });
    expect(delayBeforeNext(timeline)).toBe(450);
  });

  it('reset clears the history', () => {
    const timeline = run(createTimeline(), { type: 'forward', now: 0 }, { type: 'reset' });
    expect(timeline).toEqual(createTimeline());
  });
});

describe('narration and transcript', () => {
  it('tells why the second build was fast', () => {
    const lines = transcript('full');
    expect(lines.join('\n')).toContain('레이어 5개를 캐시에서 그대로 가져와 1초 만에 끝났습니다');
    expect(lines.join('\n')).toContain('컨테이너 3개가 같은 이미지 레이어 7개를 함께 쓰고');
  });

  it('the compact form builds and runs only', () => {
    const state = finishedState('compact');
    expect(state.images).toHaveLength(1);
    expect(state.containers).toHaveLength(2);
    expect(transcript('compact').join('')).not.toContain('고쳤습니다');
  });

  it('every state of the tour is told in 합니다체 sentences', () => {
    let timeline = run(createTimeline(), { type: 'play' });
    while (timeline.playing !== 'no') {
      timeline = run(timeline, { type: 'tick', now: 0 });
      const sentence = narrate(timeline.present, 'full');
      expect(sentence).toMatch(/니다\./);
      expect(sentence).toMatch(/\.$/);
      expect(sentence).not.toMatch(/요\./);
    }
  });
});

describe('commands', () => {
  it('names the docker command each step stands for', () => {
    let state = createInitialState();
    expect(commandFor(state)).toBeNull();
    state = transition(state, { type: 'build-step' }, 0);
    expect(commandFor(state)).toBe('docker build -t rails-app:1 .');
    while (state.build) state = transition(state, { type: 'build-step' }, 0);
    expect(commandFor(state)).toBe('docker build -t rails-app:1 .');
    state = transition(state, { type: 'run' }, 0);
    expect(commandFor(state)).toBe('docker run -d --name rails-1 rails-app:1');
    const id = state.containers[0]!.id;
    state = transition(state, { type: 'stop', id }, 0);
    expect(commandFor(state)).toBe('docker stop rails-1');
    state = transition(state, { type: 'remove', id }, 0);
    expect(commandFor(state)).toBe('docker rm rails-1');
  });
});
