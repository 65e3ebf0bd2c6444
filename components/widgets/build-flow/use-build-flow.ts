'use client';

import { useReducer } from 'react';
import { createTimeline, delayBeforeNext, updateTimeline, type Timeline, type TimelineAction, type Variant } from '@/lib/simulations/build-flow';
import { useInterval } from '../shared/use-interval';

// The widget's clock: the timeline is pure, this hook only ticks it while something is playing.
// A shared scene (lib/simulations/build-flow/scene-link.ts) starts from its replayed timeline.
export function useBuildFlow(variant: Variant, initial: Timeline | null = null): [Timeline, (action: TimelineAction) => void] {
  const [timeline, dispatch] = useReducer(
    (current: Timeline, action: TimelineAction) => updateTimeline(current, action, variant),
    initial,
    (shared) => shared ?? createTimeline(),
  );
  useInterval((now) => dispatch({ type: 'tick', now }), delayBeforeNext(timeline), timeline.playing !== 'no');
  return [timeline, dispatch];
}
