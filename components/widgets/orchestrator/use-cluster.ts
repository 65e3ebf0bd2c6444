'use client';

import { useCallback, useMemo, useReducer } from 'react';
import {
  MAX_SCENE_ENTRIES,
  MAX_SCENE_TIME,
  replayClusterScene,
  transition,
  type ClusterEvent,
  type ClusterScene,
  type ClusterSceneEntry,
  type ClusterState,
  type ReaderEvent,
  type Scene,
} from '@/lib/simulations/orchestrator';
import { useInterval } from '../shared/use-interval';

export type Speed = 1 | 2 | 4;

interface Clock {
  state: ClusterState;
  running: boolean;
  /** Once the reader pauses, their actions no longer start the clock by themselves. */
  pausedByReader: boolean;
  speed: Speed;
  /** The reader's actions since the start, with their simulated second: the shareable scene. */
  entries: readonly ClusterSceneEntry[];
}

type Action =
  | { type: 'event'; event: ReaderEvent }
  | { type: 'tick' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'speed'; speed: Speed }
  | { type: 'reset'; state: ClusterState };

function reduce(clock: Clock, action: Action): Clock {
  switch (action.type) {
    case 'event':
      return {
        ...clock,
        state: transition(clock.state, action.event, clock.state.time),
        running: clock.running || !clock.pausedByReader,
        entries: [...clock.entries, { at: clock.state.time, event: action.event }],
      };
    case 'tick':
      // Simulated time, one second per tick: the view's clock only decides how often.
      return { ...clock, state: transition(clock.state, { type: 'tick' }, clock.state.time + 1) };
    case 'play':
      return { ...clock, running: true, pausedByReader: false };
    case 'pause':
      return { ...clock, running: false, pausedByReader: true };
    case 'speed':
      return { ...clock, speed: action.speed };
    case 'reset':
      return { state: action.state, running: false, pausedByReader: false, speed: clock.speed, entries: [] };
  }
}

function startClock(scene: Scene, shared: ClusterScene | null): Clock {
  const state = shared ? replayClusterScene(scene.start(), shared) : scene.start();
  // A shared scene opens paused, so the reader sees exactly what was sent until they press play.
  return { state, running: false, pausedByReader: shared !== null, speed: 1, entries: shared?.entries ?? [] };
}

/** The simulation plus a play/pause clock. Reader actions start the clock unless they paused it. */
export function useCluster(scene: Scene, shared: ClusterScene | null = null) {
  const [clock, dispatch] = useReducer(reduce, null, () => startClock(scene, shared));
  useInterval(() => dispatch({ type: 'tick' }), 1000 / clock.speed, clock.running);
  const send = useCallback((event: ClusterEvent) => {
    if (event.type !== 'tick') dispatch({ type: 'event', event });
  }, []);
  const controls = useMemo(
    () => ({
      play: () => dispatch({ type: 'play' }),
      pause: () => dispatch({ type: 'pause' }),
      step: () => dispatch({ type: 'tick' }),
      setSpeed: (speed: Speed) => dispatch({ type: 'speed', speed }),
      reset: () => dispatch({ type: 'reset', state: scene.start() }),
    }),
    [scene],
  );
  const shareable: ClusterScene | null =
    clock.entries.length <= MAX_SCENE_ENTRIES && clock.state.time <= MAX_SCENE_TIME ? { time: clock.state.time, entries: clock.entries } : null;
  return { ...clock, send, ...controls, shareable };
}
