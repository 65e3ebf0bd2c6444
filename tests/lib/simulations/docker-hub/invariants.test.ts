import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  imageLayers,
  imageName,
  narrate,
  searchResults,
  transition,
  versions,
  type DockerHubEvent,
  type DockerHubState,
  type MachineId,
} from '@/lib/simulations/docker-hub';

const machines: MachineId[] = ['lead', 'minji', 'junho'];
const queries = ['', 'ruby', 'myteam', 'nginx', 'x', 'RUBY'];
const names = ['ruby', 'rubyfast/ruby-turbo', 'acmecloud/ruby-runtime', 'postgres', 'nginx', 'myteam/myapp', 'unknown'];

// Picks resolved against the state at that point, so sequences reach deep states.
const menu = fc.array(fc.tuple(fc.nat(11), fc.nat(100)), { maxLength: 60 });

function resolve([pick, extra]: [number, number]): DockerHubEvent {
  if (pick < 2) return { type: 'search', query: queries[extra % queries.length] ?? '' };
  if (pick < 4) return { type: 'select', name: names[extra % names.length] ?? '' };
  if (pick < 6) return { type: 'build' };
  if (pick < 8) return { type: 'push' };
  if (pick < 11) return { type: 'pull', machine: machines[extra % machines.length] ?? 'lead' };
  return { type: 'reset' };
}

const unique = (list: readonly unknown[]) => new Set(list).size === list.length;

function checkInvariants(before: DockerHubState, state: DockerHubState) {
  // Every place stores each layer once, and has every layer of every image it holds.
  expect(unique(state.registry.layers)).toBe(true);
  for (const tag of state.registry.tags) for (const key of imageLayers[tag]) expect(state.registry.layers).toContain(key);
  for (const machine of machines) {
    const { layers, images } = state.machines[machine];
    expect(unique(layers)).toBe(true);
    expect(unique(images)).toBe(true);
    for (const version of versions) if (images.includes(imageName(version))) for (const key of imageLayers[version]) expect(layers).toContain(key);
  }
  // Only what was built is pushed, in order; the selection is always one the search shows.
  expect(state.registry.tags).toEqual(state.built.slice(0, state.registry.tags.length));
  if (state.selected) expect(searchResults(state).map((listing) => listing.name)).toContain(state.selected);
  // A transfer moves exactly the layers the receiving side lacked before.
  const step = state.step;
  if (step?.type === 'push' && step !== before.step) {
    for (const transfer of step.transfers) expect(transfer.skipped).toBe(before.registry.layers.includes(transfer.key));
  }
  if (step?.type === 'pull' && step !== before.step) {
    for (const transfer of step.transfers) expect(transfer.skipped).toBe(before.machines[step.machine].layers.includes(transfer.key));
    expect(state.registry.pulls).toBe(before.registry.pulls + 1);
  }
  expect(narrate(state).length).toBeGreaterThan(0);
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
          checkInvariants(state, next);
          state = next;
        }
      }),
      { numRuns: 500 },
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
