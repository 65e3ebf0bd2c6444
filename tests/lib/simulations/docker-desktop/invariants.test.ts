import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can } from '@/lib/simulations/kernel';
import { dockerDesktopSimulation as sim, narrate, trips } from '@/lib/simulations/docker-desktop';
import { menu, resolve } from './events';

describe('random event sequences through the contract', () => {
  it('never throw, keep every invariant, and can() agrees with transition', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        let state = sim.initial();
        for (const pick of picks) {
          const event = resolve(pick);
          const snapshot = JSON.stringify(state);
          const next = sim.transition(state, event, 0);
          expect(can(sim, state, event, 0)).toBe(next !== state);
          if (next === state) expect(JSON.stringify(state)).toBe(snapshot);
          // Only the story on screen moves: the other story's last step stays as it was.
          if (next !== state && event.type !== 'story') {
            const other = state.story === 'nginx' ? 'team' : 'nginx';
            expect(next.steps[other]).toBe(state.steps[other]);
          }
          // A trip is always somewhere on its path, short of the end that completes it.
          if (next.trip) expect(next.trip.hop).toBeLessThan(trips[next.trip.kind].length - 1);
          // The browser shows the page only from a running container; a request needs one; the
          // port is refused only while a container holds it.
          if (next.pageShown || next.trip?.kind === 'request' || next.steps.nginx?.type === 'port-taken') expect(next.containerRunning).toBe(true);
          // The image runs only where it could be pulled from Docker Hub, once per computer.
          if (next.running.length > 0) expect(next.published).toBe(true);
          expect(new Set(next.running).size).toBe(next.running.length);
          expect(narrate(next).length).toBeGreaterThan(0);
          state = next;
        }
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);

  it('are deterministic and never mutate the state they were given', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        const run = () => picks.reduce((state, pick) => sim.transition(state, resolve(pick), 0), sim.initial());
        const state = run();
        expect(state).toEqual(run());
        const frozen = structuredClone(state);
        for (const pick of picks.slice(0, 5)) sim.transition(state, resolve(pick), 0);
        expect(state).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
