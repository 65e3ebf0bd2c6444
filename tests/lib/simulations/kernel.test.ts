import { describe, expect, it } from 'vitest';
import { can, replay, replayFinal, tour, type Simulation } from '@/lib/simulations/kernel';

// A counter that a clock drains: small enough to check every rule of the contract by hand.
type State = { count: number; drained: number };
type Event = { type: 'add' } | { type: 'tick' };

const counter: Simulation<State, Event> = {
  id: 'counter',
  initial: () => ({ count: 0, drained: 0 }),
  transition(state, event) {
    if (event.type === 'add') return state.count >= 3 ? state : { ...state, count: state.count + 1 };
    return state.count === 0 ? state : { count: state.count - 1, drained: state.drained + 1 };
  },
  narrate: (state) => `${state.count}`,
  transcript: () => [],
  still: () => ({ count: 3, drained: 0 }),
  suggest: (state) => (state.count < 3 ? { type: 'add' } : null),
  clock: { event: { type: 'tick' }, step: 10, realMs: 100, runs: (state) => state.count > 0 },
};

describe('kernel', () => {
  it('can() is true exactly when the transition changes the state', () => {
    expect(can(counter, { count: 0, drained: 0 }, { type: 'add' }, 0)).toBe(true);
    expect(can(counter, { count: 3, drained: 0 }, { type: 'add' }, 0)).toBe(false);
    expect(can(counter, { count: 0, drained: 0 }, { type: 'tick' }, 0)).toBe(false);
  });

  it('replay ticks at every clock step before an entry, then applies the entry', () => {
    const entries = [
      { at: 0, event: { type: 'add' } as const },
      { at: 0, event: { type: 'add' } as const },
      { at: 25, event: { type: 'add' } as const },
    ];
    // Two adds at 0, ticks at 10 and 20 drain both, the add at 25 lands on an empty counter.
    expect(replayFinal(counter, entries)).toEqual({ count: 1, drained: 2 });
    expect(replayFinal(counter, entries, { until: 30 })).toEqual({ count: 0, drained: 3 });
    // States that did not change are not repeated.
    expect(replay(counter, [], { until: 100 })).toHaveLength(1);
  });

  it('tour follows suggest until nothing is left', () => {
    expect(tour(counter).map((state) => state.count)).toEqual([0, 1, 2, 3]);
  });
});
