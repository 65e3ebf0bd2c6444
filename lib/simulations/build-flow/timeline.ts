import type { BuildFlowEvent } from './events';
import { createInitialState, nextStepCached, type BuildFlowState } from './state';
import { suggestNext, type Variant } from './tour';
import { transition } from './transition';

// Play, pause, step forward and back on top of the simulation. Because transition is pure, going
// back is just showing an earlier state; going forward redoes what was undone, or else takes the
// tour's next step. Still no timers here: the view's clock sends 'tick' with the time.

export type Playing = 'no' | 'build' | 'tour';

export type Timeline = {
  past: readonly BuildFlowState[];
  present: BuildFlowState;
  future: readonly BuildFlowState[];
  /** 'build' plays until the running build is done (the 빌드 button); 'tour' plays the whole lesson. */
  playing: Playing;
};

export type TimelineAction =
  | { type: 'apply'; event: BuildFlowEvent; now: number }
  | { type: 'build'; now: number }
  | { type: 'forward'; now: number }
  | { type: 'back' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'tick'; now: number }
  | { type: 'reset' };

const historyLimit = 200;

export function createTimeline(): Timeline {
  return { past: [], present: createInitialState(), future: [], playing: 'no' };
}

function push(timeline: Timeline, next: BuildFlowState, playing: Playing): Timeline {
  if (next === timeline.present) return timeline.playing === playing ? timeline : { ...timeline, playing };
  return { past: [...timeline.past, timeline.present].slice(-historyLimit), present: next, future: [], playing };
}

export function canGoForward(timeline: Timeline, variant: Variant): boolean {
  return timeline.future.length > 0 || suggestNext(timeline.present, variant) !== null;
}

function forward(timeline: Timeline, variant: Variant, now: number, playing: Playing): Timeline {
  const [redo, ...rest] = timeline.future;
  if (redo) return { past: [...timeline.past, timeline.present], present: redo, future: rest, playing };
  const event = suggestNext(timeline.present, variant);
  if (!event) return { ...timeline, playing: 'no' };
  return push(timeline, transition(timeline.present, event, now), playing);
}

export function updateTimeline(timeline: Timeline, action: TimelineAction, variant: Variant): Timeline {
  switch (action.type) {
    case 'apply':
      return push(timeline, transition(timeline.present, action.event, action.now), timeline.playing);
    case 'build': {
      // 빌드 starts the build and keeps it going, layer by layer, until the image is done.
      const next = transition(timeline.present, { type: 'build-step' }, action.now);
      return push(timeline, next, next.build ? 'build' : timeline.playing);
    }
    case 'forward':
      return forward(timeline, variant, action.now, 'no');
    case 'back': {
      const previous = timeline.past[timeline.past.length - 1];
      if (!previous) return timeline.playing === 'no' ? timeline : { ...timeline, playing: 'no' };
      return { past: timeline.past.slice(0, -1), present: previous, future: [timeline.present, ...timeline.future], playing: 'no' };
    }
    case 'play':
      return canGoForward(timeline, variant) ? { ...timeline, playing: 'tour' } : timeline;
    case 'pause':
      return timeline.playing === 'no' ? timeline : { ...timeline, playing: 'no' };
    case 'tick': {
      if (timeline.playing === 'no') return timeline;
      if (timeline.playing === 'build' && !timeline.present.build) return { ...timeline, playing: 'no' };
      const next = forward(timeline, variant, action.now, timeline.playing);
      // Stop at the end of a build started with 빌드, and at the end of the tour.
      if (next.playing === 'build' && !next.present.build) return { ...next, playing: 'no' };
      if (next.playing === 'tour' && !canGoForward(next, variant)) return { ...next, playing: 'no' };
      return next;
    }
    case 'reset':
      return createTimeline();
  }
}

/**
 * How long the view waits before the next automatic step: long enough to read the narration after
 * an edit, a finished image or a new container; short for a layer that will come from the cache,
 * which is the point: cached steps are instant.
 */
export function delayBeforeNext(timeline: Timeline): number {
  const { build, step } = timeline.present;
  if (!build || step?.type !== 'layer' || timeline.future.length > 0) return 2400;
  return nextStepCached(timeline.present) ? 450 : 1300;
}
