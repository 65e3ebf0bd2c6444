import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can, replayFinal, tour } from '@/lib/simulations/kernel';
import { readScene } from '@/lib/share/scene-link';
import {
  builds,
  items,
  machines,
  narrate,
  options,
  outcome,
  worksOnMyMachineCodec as codec,
  worksOnMyMachineSimulation as simulation,
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
      .map(([machine, item, pick]) => ({
        type: 'set' as const,
        machine,
        item,
        value: options[item][pick]?.value ?? `bogus-${pick}`,
      })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...builds.map((build) => build.id), 'bogus' as 'multi')
      .map((build) => ({ type: 'build' as const, build })),
  },
);

function play(
  events: WorksOnMyMachineEvent[],
  check?: (before: WorksOnMyMachineState, after: WorksOnMyMachineState, sent: WorksOnMyMachineEvent) => void,
) {
  let state = simulation.initial();
  for (const sent of events) {
    const after = simulation.transition(state, sent, 0);
    check?.(state, after, sent);
    state = after;
  }
  return state;
}

describe('random event sequences', () => {
  it('never throw and keep every invariant; can() agrees with the transition', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        play(events, (before, after, sent) => {
          const snapshot = JSON.stringify(before);
          expect(can(simulation, before, sent, 0)).toBe(after !== before);
          if (after === before) expect(JSON.stringify(before)).toBe(snapshot);
          else expect(after.action).not.toBeNull();
          for (const machine of machines) {
            const result = outcome(after, machine.id);
            if (after.mode === null) expect(result).toBeNull();
            else {
              // A failure always says why; a success never carries one.
              expect(result?.works).toBe(result?.firstFailure === null);
              if (result?.firstFailure) expect(result.firstFailure.reason).toBeTruthy();
            }
            // With Docker nothing is installed at run time, whatever the machine has.
            if (after.mode === 'docker') expect(result?.checks.map((check) => check.id)).not.toContain('install');
            if (after.mode === 'installed') expect(result?.checks.map((check) => check.id)).not.toContain('pull');
          }
          expect(narrate(after).length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('with Docker the result depends on the image and the CPU only, never on what a machine has installed', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.constantFrom(...builds.map((build) => build.id)), (events, build) => {
        const docker = (state: WorksOnMyMachineState) =>
          simulation.transition(simulation.transition(state, { type: 'run', mode: 'docker' }, 0), { type: 'build', build }, 0);
        const mine = docker(play(events));
        const fresh = docker(simulation.initial());
        for (const machine of machines) expect(outcome(mine, machine.id)).toEqual(outcome(fresh, machine.id));
      }),
      { numRuns: 200 },
    );
  });

  it('are deterministic and never mutate the state they are given', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), event, (events, last) => {
        const state = play(events);
        expect(play(events)).toEqual(state);
        const frozen = structuredClone(state);
        simulation.transition(state, last, 0);
        expect(state).toEqual(frozen);
      }),
      { numRuns: 200 },
    );
  });
});

describe('scene links', () => {
  it('round-trip every scene the widget can record, and replay to the same state', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        let state = simulation.initial();
        const entries = [];
        for (const sent of events) {
          const next = simulation.transition(state, sent, 0);
          if (next === state) continue;
          entries.push({ at: 0, event: sent });
          state = next;
        }
        const decoded = codec.decode(codec.encode({ entries, at: 0 }));
        expect(decoded).toEqual({ entries, at: 0 });
        expect(replayFinal(simulation, decoded?.entries ?? [])).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on any payload', () => {
    const token = fc.constantFrom('i', 'd', 'b0', 'b1', 'b2', 'b7', '000', '021', '220', '999', '_', 'x', '3', '');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 20 }), (parts) => {
        const read = readScene(`?scene=${simulation.id}.${codec.version}.${parts.join('')}`, simulation.id, codec);
        expect(['ok', 'invalid']).toContain(read.status);
      }),
      { numRuns: 400 },
    );
  });

  it('다음 단계 from anywhere is accepted and ends', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), (events) => {
        const states = tour(simulation, play(events));
        expect(states.length).toBeLessThanOrEqual(10);
        expect(simulation.suggest?.(states.at(-1) as WorksOnMyMachineState)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('the lesson ends, and every step of it is accepted', () => {
    const states = tour(simulation);
    expect(states.length).toBe(simulation.transcript().length);
    expect(simulation.suggest?.(states.at(-1) as WorksOnMyMachineState)).toBeNull();
  });
});
