import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  items,
  machines,
  narrate,
  options,
  outcome,
  transition,
  type WorksOnMyMachineEvent,
  type WorksOnMyMachineState,
} from '@/lib/simulations/works-on-my-machine';

// Events drawn from everything the view can send, plus values no select offers.
const event: fc.Arbitrary<WorksOnMyMachineEvent> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('installed', 'docker').map((mode) => ({ type: 'run' as const, mode })) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...machines.map((machine) => machine.id)), fc.constantFrom(...items), fc.nat(10))
      .map(([machine, item, pick]) => ({ type: 'set' as const, machine, item, value: options[item][pick]?.value ?? `bogus-${pick}` })),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'reset' as const }) },
);

function play(events: WorksOnMyMachineEvent[], check?: (before: WorksOnMyMachineState, after: WorksOnMyMachineState) => void) {
  let state = createInitialState();
  events.forEach((next, index) => {
    const after = transition(state, next, index);
    check?.(state, after);
    state = after;
  });
  return state;
}

describe('random event sequences', () => {
  it('keep every invariant', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        play(events, (before, after) => {
          const snapshot = JSON.stringify(before);
          if (after === before) expect(JSON.stringify(before)).toBe(snapshot);
          else expect(after.step).not.toBeNull();
          for (const machine of machines) {
            // Every installed value is one the pickers offer.
            for (const item of items) expect(options[item].map((option) => option.value)).toContain(after.environments[machine.id][item]);
            const result = outcome(after, machine.id);
            if (after.mode === null) expect(result).toBeNull();
            // With Docker everything works, whatever is installed: the whole point of the widget.
            if (after.mode === 'docker') expect(result?.works).toBe(true);
            if (result) {
              // A result names its failure, and works exactly when nothing failed.
              expect(result.works).toBe(result.checks.every((check) => check.status !== 'fail'));
              if (result.firstFailure) expect(result.firstFailure.reason).toBeTruthy();
              // Nothing after a skipped step ran.
              const firstSkipped = result.checks.findIndex((check) => check.status === 'skipped');
              if (firstSkipped !== -1) expect(result.checks.slice(firstSkipped).every((check) => check.status === 'skipped')).toBe(true);
            }
          }
          expect(narrate(after).length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('are deterministic and never mutate the state they are given', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), event, (events, last) => {
        const state = play(events);
        expect(play(events)).toEqual(state);
        const frozen = structuredClone(state);
        transition(state, last, 0);
        expect(state).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  });

  it('installed outcomes depend only on what the machine has, not on the path taken', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const state = transition(play(events), { type: 'run', mode: 'installed' }, 0);
        const mode = state.mode;
        expect(mode).toBe('installed');
        for (const machine of machines) {
          const fresh = transition(createInitialState(), { type: 'run', mode: 'installed' }, 0);
          const same = { ...fresh, environments: { ...fresh.environments, [machine.id]: state.environments[machine.id] } };
          expect(outcome(same, machine.id)).toEqual(outcome(state, machine.id));
        }
      }),
      { numRuns: 300 },
    );
  });
});
