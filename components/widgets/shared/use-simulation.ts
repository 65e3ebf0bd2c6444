'use client';

import { useCallback, useMemo, useReducer } from 'react';
import { can as canApply, replay, type Scene, type Simulation, type Timed } from '@/lib/simulations/kernel';
import { useInterval } from './use-interval';

export type Speed = 1 | 2 | 4;

type Model<S, E> = {
  state: S;
  /** Simulated time, a multiple of the clock's step. */
  now: number;
  /** The reader's events so far: the shareable scene. */
  entries: readonly Timed<E>[];
  /** The state and time before each entry, for 이전 단계: back returns to that moment. */
  past: readonly Moment<S>[];
  /** Undone entries, for 다음 단계 to redo. */
  future: readonly Timed<E>[];
  playing: boolean;
  pausedByReader: boolean;
  speed: Speed;
};

type Moment<S> = { state: S; now: number };

type Action<E> =
  | { type: 'send'; event: E }
  | { type: 'tick' }
  | { type: 'back' }
  | { type: 'forward' }
  | { type: 'reset' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'speed'; speed: Speed };

export type SimulationOptions<E> = {
  /** A scene from a shared link: replayed, and opened paused so the reader sees what was sent. */
  scene?: Scene<E> | null;
  /** With a clock: whether it runs by itself (true) or waits for 재생 or the reader's first event. */
  autoplay?: boolean;
};

function start<S, E>(simulation: Simulation<S, E>, options: SimulationOptions<E>): Model<S, E> {
  const scene = options.scene ?? null;
  const states = scene ? replay(simulation, scene.entries, { until: scene.at }) : [simulation.initial()];
  return {
    state: states.at(-1) as S,
    now: scene?.at ?? 0,
    entries: scene?.entries ?? [],
    // Without a clock, a scene whose every entry changed the state can be stepped back through. With
    // one, replay's states include the ticks between entries, and the link's moment is the start.
    past:
      scene && !simulation.clock && states.length === scene.entries.length + 1
        ? states.slice(0, -1).map((state, index) => ({ state, now: scene.entries[index]?.at ?? 0 }))
        : [],
    future: [],
    playing: scene === null && (options.autoplay ?? true),
    pausedByReader: scene !== null,
    speed: 1,
  };
}

function reducer<S, E>(simulation: Simulation<S, E>, options: SimulationOptions<E>) {
  const apply = (model: Model<S, E>, entry: Timed<E>, future: readonly Timed<E>[]): Model<S, E> => {
    const state = simulation.transition(model.state, entry.event, model.now);
    if (state === model.state) return model;
    return {
      ...model,
      state,
      entries: [...model.entries, entry],
      past: [...model.past, { state: model.state, now: model.now }],
      future,
      playing: model.playing || !model.pausedByReader,
    };
  };
  return (model: Model<S, E>, action: Action<E>): Model<S, E> => {
    switch (action.type) {
      case 'send':
        return apply(model, { at: model.now, event: action.event }, []);
      case 'tick': {
        const clock = simulation.clock;
        if (!clock) return model;
        const now = model.now + clock.step;
        return { ...model, now, state: simulation.transition(model.state, clock.event, now) };
      }
      case 'back': {
        const previous = model.past.at(-1);
        const undone = model.entries.at(-1);
        if (previous === undefined || undone === undefined) return model;
        // With a clock, the reader is taken back to the moment of their last action and the clock
        // waits there: time running on would carry them past what they went back to see.
        return {
          ...model,
          state: previous.state,
          now: previous.now,
          past: model.past.slice(0, -1),
          entries: model.entries.slice(0, -1),
          future: [undone, ...model.future],
          ...(simulation.clock ? { playing: false, pausedByReader: true } : {}),
        };
      }
      case 'forward': {
        const [redo, ...rest] = model.future;
        if (redo) return apply(model, { at: model.now, event: redo.event }, rest);
        const suggested = simulation.suggest?.(model.state) ?? null;
        return suggested === null ? model : apply(model, { at: model.now, event: suggested }, []);
      }
      case 'reset': {
        const fresh = start(simulation, { ...options, scene: null });
        return model.entries.length === 0 && model.now === 0 ? model : { ...fresh, speed: model.speed };
      }
      case 'play':
        return { ...model, playing: true, pausedByReader: false };
      case 'pause':
        return { ...model, playing: false, pausedByReader: true };
      case 'speed':
        return { ...model, speed: action.speed };
    }
  };
}

/**
 * One widget's simulation in React: its state, a clock that ticks in the simulation's own steps,
 * back/forward over the reader's events (with a clock, back returns to the moment of the event it
 * undoes), and the scene to share. Pass a module-level simulation
 * (and stable options) so the reducer stays the same between renders.
 */
export function useSimulation<S, E>(simulation: Simulation<S, E>, options: SimulationOptions<E> = {}) {
  const reduce = useMemo(() => reducer(simulation, options), [simulation, options]);
  const [model, dispatch] = useReducer(reduce, undefined, () => start(simulation, options));
  const clock = simulation.clock;
  const ticking = clock !== undefined && model.playing && clock.runs(model.state);
  useInterval(() => dispatch({ type: 'tick' }), (clock?.realMs ?? 1000) / model.speed, ticking);

  const send = useCallback((event: E) => dispatch({ type: 'send', event }), []);
  const controls = useMemo(
    () => ({
      back: () => dispatch({ type: 'back' }),
      forward: () => dispatch({ type: 'forward' }),
      reset: () => dispatch({ type: 'reset' }),
      play: () => dispatch({ type: 'play' }),
      pause: () => dispatch({ type: 'pause' }),
      step: () => dispatch({ type: 'tick' }),
      setSpeed: (speed: Speed) => dispatch({ type: 'speed', speed }),
    }),
    [],
  );
  const scene: Scene<E> = useMemo(() => ({ entries: model.entries, at: model.now }), [model.entries, model.now]);
  return {
    state: model.state,
    now: model.now,
    scene,
    send,
    /** Whether the rules accept `event` now: enable a control from this, never from a copy of a rule. */
    can: (event: E) => canApply(simulation, model.state, event, model.now),
    canBack: model.past.length > 0,
    canForward: model.future.length > 0 || (simulation.suggest?.(model.state) ?? null) !== null,
    canReset: model.entries.length > 0 || model.now > 0,
    playing: model.playing,
    ticking,
    speed: model.speed,
    ...controls,
  };
}
