'use client';

import { useCallback, useMemo, useReducer } from 'react';
import { transition, type ClusterEvent, type ClusterState, type Scene } from '@/lib/simulations/orchestrator';
import { useInterval } from '../shared/use-interval';

export type Speed = 1 | 2 | 4;

interface Clock {
  state: ClusterState;
  running: boolean;
  /** Once the reader pauses, their actions no longer start the clock by themselves. */
  pausedByReader: boolean;
  speed: Speed;
}

type Action =
  | { type: 'event'; event: ClusterEvent }
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
      return { state: action.state, running: false, pausedByReader: false, speed: clock.speed };
  }
}

/** The simulation plus a play/pause clock. Reader actions start the clock unless they paused it. */
export function useCluster(scene: Scene) {
  const [clock, dispatch] = useReducer(reduce, scene, (s) => ({ state: s.start(), running: false, pausedByReader: false, speed: 1 as Speed }));
  useInterval(() => dispatch({ type: 'tick' }), 1000 / clock.speed, clock.running);
  const send = useCallback((event: ClusterEvent) => dispatch({ type: 'event', event }), []);
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
  return { ...clock, send, ...controls };
}
