import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayFinal, type Simulation, type Timed } from '@/lib/simulations/kernel';
import { dockerDesktopSimulation } from '@/lib/simulations/docker-desktop';
import { readScene } from '@/lib/share/scene-link';
import { menu, nginxEvent, teamEvent } from './events';

const { nginx, team } = dockerDesktopSimulation;

function accepted<S, E>(simulation: Simulation<S, E>, events: readonly E[]): Timed<E>[] {
  const entries: Timed<E>[] = [];
  let state = simulation.initial();
  for (const event of events) {
    const next = simulation.transition(state, event, 0);
    if (next !== state) entries.push({ at: 0, event });
    state = next;
  }
  return entries;
}

describe('docker-desktop scene links', () => {
  it.each([
    ['my nginx', nginx, nginxEvent],
    ['the team', team, teamEvent],
  ] as const)('round-trip any scene a reader can make (%s)', (_, simulation, resolve) => {
    const sim = simulation as Simulation<unknown, unknown>;
    fc.assert(
      fc.property(menu, (picks) => {
        const entries = accepted(
          sim,
          picks.map((pick) => (resolve as (pick: [number, number]) => unknown)(pick)),
        );
        const payload = sim.codec!.encode({ entries, at: 0 });
        expect(payload).toMatch(/^[a-z0-9]*$/);
        expect(sim.codec!.decode(payload)).toEqual({ entries, at: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('open the finished lessons', () => {
    const mine = readScene('?scene=docker-desktop-nginx.1.raaawaaar', 'docker-desktop-nginx', nginx.codec);
    expect(mine.status === 'ok' && replayFinal(nginx, mine.scene.entries)).toEqual(nginx.still());
    const theirs = readScene('?scene=docker-desktop-team.1.pd0d1d2', 'docker-desktop-team', team.codec);
    expect(theirs.status === 'ok' && replayFinal(team, theirs.scene.entries)).toEqual(team.still());
  });

  it.each([
    ['an unknown letter', 'rx'],
    ["the other figure's events", 'pd0'],
    ['a system that does not exist', 'o7'],
    ['a dangling letter', 'o'],
    ['an advance with no trip', 'a'],
  ])('my nginx refuses %s', (_, payload) => {
    expect(nginx.codec.decode(payload)).toBeNull();
    expect(readScene(`?scene=docker-desktop-nginx.1.${payload}`, 'docker-desktop-nginx', nginx.codec)).toEqual({
      status: 'invalid',
    });
  });

  it.each([
    ['a deploy before the push', 'd0'],
    ['a computer that does not exist', 'pd7'],
    ["the other figure's events", 'raaa'],
  ])('the team refuses %s', (_, payload) => {
    expect(team.codec.decode(payload)).toBeNull();
  });
});
