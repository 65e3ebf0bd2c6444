import type { SceneCodec } from '../share/scene-link';

// The one contract every widget's simulation implements. A simulation is plain data and pure
// functions: no React, no timers, no Date.now(). Time reaches it only as `now`, in the
// simulation's own unit (seconds for the cluster, milliseconds elsewhere), always an integer
// multiple of `clock.step` when the simulation has a clock.

/** A reader's event and the simulated time it happened at. */
export type Timed<E> = { at: number; event: E };

/** A shareable moment: what the reader did, and how far the clock had run. */
export type Scene<E> = { entries: readonly Timed<E>[]; at: number };

export interface SimulationClock<S, E> {
  /** The event sent as time passes (a tick). Never recorded in a scene: replay re-creates it. */
  event: E;
  /** Simulated time per tick, in the simulation's unit. */
  step: number;
  /** Real milliseconds per tick at normal speed. */
  realMs: number;
  /** Whether anything is still moving, so the clock can sleep while nothing does. */
  runs(state: S): boolean;
  /** Shown on screen wherever time is compressed, e.g. "시간은 10배 빠르게 보여 줍니다". */
  note?: string;
}

export interface Simulation<S, E> {
  /** The widget kind, also the prefix of its scene-link instances ("orchestrator", "build-flow"). */
  readonly id: string;
  initial(): S;
  /** Pure. An event the rules reject returns `state` itself (the same object). */
  transition(state: S, event: E, now: number): S;
  /** The live sentence for `state`, in Korean, derived from state only. */
  narrate(state: S): string;
  /** The still figure's steps: the lesson as text, one line per step. */
  transcript(): readonly string[];
  /** The state the still figure draws (usually the end of the tour). */
  still(): S;
  /** The lesson's next move from `state` ("다음 단계"), or null when there is none. */
  suggest?(state: S): E | null;
  clock?: SimulationClock<S, E>;
  /** Which reader events a shared link may carry; anything else is refused when decoding. */
  codec?: SceneCodec<Scene<E>>;
}

/** Whether the rules accept `event` now: the view's only source for enabling a control. */
export function can<S, E>(simulation: Simulation<S, E>, state: S, event: E, now: number): boolean {
  return simulation.transition(state, event, now) !== state;
}

/**
 * Every state from `from` as the entries happen, the clock ticking between them exactly as the
 * live widget's does: ticks at each multiple of `clock.step` up to an entry's time, then the entry.
 * Entries must be in time order. Tours, still figures, tests and shared scenes all use this one
 * function, so they can never disagree. `until` runs the clock on after the last entry.
 */
export function replay<S, E>(
  simulation: Simulation<S, E>,
  entries: readonly Timed<E>[],
  options: { from?: S; start?: number; until?: number } = {},
): S[] {
  let state = options.from ?? simulation.initial();
  let now = options.start ?? 0;
  const states = [state];
  const clock = simulation.clock;
  const advanceTo = (time: number) => {
    if (!clock) {
      now = Math.max(now, time);
      return;
    }
    while (now + clock.step <= time) {
      now += clock.step;
      const next = simulation.transition(state, clock.event, now);
      if (next !== state) states.push(next);
      state = next;
    }
  };
  for (const entry of entries) {
    advanceTo(entry.at);
    const next = simulation.transition(state, entry.event, now);
    if (next !== state) states.push(next);
    state = next;
  }
  if (options.until !== undefined) advanceTo(options.until);
  return states;
}

/** The state at the end of `replay`. */
export function replayFinal<S, E>(
  simulation: Simulation<S, E>,
  entries: readonly Timed<E>[],
  options: { from?: S; start?: number; until?: number } = {},
): S {
  return replay(simulation, entries, options).at(-1) as S;
}

/** The guided lesson from `from`: apply `suggest` until it has nothing more or the rules refuse. */
export function tour<S, E>(simulation: Simulation<S, E>, from: S = simulation.initial(), now = 0): S[] {
  const states = [from];
  const suggest = simulation.suggest;
  if (!suggest) return states;
  for (let state = from, event = suggest(from); event !== null; event = suggest(state)) {
    const next = simulation.transition(state, event, now);
    if (next === state) break;
    states.push(next);
    state = next;
  }
  return states;
}
