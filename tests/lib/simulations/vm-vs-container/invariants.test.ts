import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  costs,
  createInitialState,
  facts,
  isReady,
  narrate,
  stageAt,
  transition,
  unitsOf,
  type Kind,
  type VmVsContainerEvent,
  type VmVsContainerState,
} from '@/lib/simulations/vm-vs-container';

const kind = fc.constantFrom<Kind>('vm', 'container');
const event: fc.Arbitrary<VmVsContainerEvent> = fc.oneof(
  { weight: 4, arbitrary: kind.map((k) => ({ type: 'start' as const, kind: k })) },
  { weight: 2, arbitrary: kind.map((k) => ({ type: 'stop' as const, kind: k })) },
  { weight: 5, arbitrary: fc.constant({ type: 'tick' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'reset' as const }) },
);
// Time only moves forward, in steps from a few milliseconds to several seconds.
const timed = fc.array(fc.tuple(event, fc.integer({ min: 0, max: 5_000 })), { maxLength: 50 });

function play(steps: [VmVsContainerEvent, number][], check?: (before: VmVsContainerState, after: VmVsContainerState, now: number, event: VmVsContainerEvent) => void) {
  let state = createInitialState();
  let now = 0;
  for (const [next, gap] of steps) {
    now += gap;
    const after = transition(state, next, now);
    check?.(state, after, now, next);
    state = after;
  }
  return state;
}

describe('random event sequences', () => {
  it('keep every invariant', () => {
    fc.assert(
      fc.property(timed, (steps) => {
        play(steps, (before, after, now, sent) => {
          const snapshot = JSON.stringify(before);
          if (after === before) expect(JSON.stringify(before)).toBe(snapshot);
          else expect(after.step).not.toBeNull();
          for (const k of ['vm', 'container'] as const) {
            const units = unitsOf(after, k);
            // Never more than the example allows, letters unique.
            expect(units.length).toBeLessThanOrEqual(facts[k].max);
            expect(new Set(units.map((unit) => unit.app)).size).toBe(units.length);
            // Costs grow with the count: memory per unit, and containers share one image.
            const cost = costs(after, k);
            expect(cost.memoryBytes).toBe(units.length * facts[k].memoryBytes);
            expect(cost.kernels).toBe(k === 'vm' ? units.length : 0);
          }
          for (const unit of after.units) {
            // A unit never runs ahead of its clock, and after a tick it is exactly where the clock says.
            expect(unit.stage).toBeLessThanOrEqual(stageAt(unit, now));
            if (sent.type === 'tick') expect(unit.stage).toBe(stageAt(unit, now));
          }
          expect(narrate(after).length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('a VM never starts faster than a container, whatever else is going on', () => {
    fc.assert(
      fc.property(timed, (steps) => {
        let state = play(steps);
        const at = 10_000_000;
        state = transition(transition(state, { type: 'reset' }, at), { type: 'start', kind: 'vm' }, at);
        state = transition(state, { type: 'start', kind: 'container' }, at);
        const readyAt = (k: Kind) => {
          for (let t = at; t < at + 60_000; t += 10) {
            const unit = unitsOf(transition(state, { type: 'tick' }, t), k)[0];
            if (unit && isReady(unit)) return t;
          }
          return Infinity;
        };
        expect(readyAt('container')).toBeLessThan(readyAt('vm'));
      }),
      { numRuns: 50 },
    );
  });

  it('are deterministic and never mutate the state they are given', () => {
    fc.assert(
      fc.property(timed, event, (steps, last) => {
        const state = play(steps);
        expect(play(steps)).toEqual(state);
        const frozen = structuredClone(state);
        transition(state, last, 1e9);
        expect(state).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  });
});
