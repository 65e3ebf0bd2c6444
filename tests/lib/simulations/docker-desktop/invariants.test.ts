import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can, type Simulation } from '@/lib/simulations/kernel';
import { dockerDesktopSimulation, trips, type NginxState, type TeamState } from '@/lib/simulations/docker-desktop';
import { menu, nginxEvent, teamEvent } from './events';

const { nginx, team } = dockerDesktopSimulation;

/** Runs random events through the contract: never a throw, can() agrees with transition, rejected events change nothing. */
function property<S, E>(simulation: Simulation<S, E>, resolve: (pick: [number, number]) => E, check: (state: S) => void) {
  fc.assert(
    fc.property(menu, (picks) => {
      let state = simulation.initial();
      for (const pick of picks) {
        const event = resolve(pick);
        const snapshot = JSON.stringify(state);
        const next = simulation.transition(state, event, 0);
        expect(can(simulation, state, event, 0)).toBe(next !== state);
        if (next === state) expect(JSON.stringify(state)).toBe(snapshot);
        check(next);
        expect(simulation.narrate(next).length).toBeGreaterThan(0);
        state = next;
      }
    }),
    { numRuns: 500 },
  );
}

describe('random event sequences through the contract', () => {
  it('my nginx: a trip is always on its path, the page and the refusal need a running container', () => {
    property(nginx, nginxEvent, (state: NginxState) => {
      if (state.trip) expect(state.trip.hop).toBeLessThan(trips[state.trip.kind].length - 1);
      if (state.pageShown || state.trip?.kind === 'request' || state.step?.type === 'port-taken')
        expect(state.containerRunning).toBe(true);
    });
  }, 30_000);

  it('the team: the image runs only once pushed, once per computer', () => {
    property(team, teamEvent, (state: TeamState) => {
      if (state.running.length > 0) expect(state.published).toBe(true);
      expect(new Set(state.running).size).toBe(state.running.length);
    });
  }, 30_000);

  it('are deterministic and never mutate the state they were given', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        const run = () => picks.reduce((state, pick) => nginx.transition(state, nginxEvent(pick), 0), nginx.initial());
        const state = run();
        expect(state).toEqual(run());
        const frozen = structuredClone(state);
        for (const pick of picks.slice(0, 5)) nginx.transition(state, nginxEvent(pick), 0);
        expect(state).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
