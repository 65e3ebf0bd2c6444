import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInitialState, narrate, targets, transition, trips, type DesktopEvent, type Os, type Target } from '@/lib/simulations/docker-desktop';

const menu = fc.array(fc.tuple(fc.nat(9), fc.nat(10)), { maxLength: 60 });
const systems: Os[] = ['mac', 'windows'];
const targetPicks: Target[] = [...targets];

function resolve([pick, extra]: [number, number]): DesktopEvent {
  if (pick < 3) return { type: 'advance' };
  if (pick < 4) return { type: 'run' };
  if (pick < 5) return { type: 'open-browser' };
  if (pick < 6) return { type: 'choose-os', os: systems[extra % 2] ?? 'mac' };
  if (pick < 7) return { type: 'publish' };
  if (pick < 9) return { type: 'deploy', target: targetPicks[extra % targetPicks.length] ?? 'mac' };
  return { type: 'reset' };
}

describe('random event sequences', () => {
  it('keep every invariant, and rejected events change nothing', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        let state = createInitialState();
        for (const pick of picks) {
          const snapshot = JSON.stringify(state);
          const next = transition(state, resolve(pick));
          if (next === state) expect(JSON.stringify(state)).toBe(snapshot);
          else expect(next.step).not.toBeNull();
          // A trip is always somewhere on its path, short of the end that completes it.
          if (next.trip) expect(next.trip.hop).toBeLessThan(trips[next.trip.kind].length - 1);
          // The browser shows the page only from a running container; a request needs one.
          if (next.pageShown || next.trip?.kind === 'request') expect(next.containerRunning).toBe(true);
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
        const run = () => picks.reduce((state, pick) => transition(state, resolve(pick)), createInitialState());
        const state = run();
        expect(state).toEqual(run());
        const frozen = structuredClone(state);
        for (const pick of picks.slice(0, 5)) transition(state, resolve(pick));
        expect(state).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
