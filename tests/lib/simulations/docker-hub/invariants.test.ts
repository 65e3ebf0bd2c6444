import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can } from '@/lib/simulations/kernel';
import { menu, resolve } from './events';
import {
  baseLayers,
  dockerHubSimulation as sim,
  hubLayers,
  imageLayers,
  imageName,
  narrate,
  searchResults,
  versions,
  type DockerHubState,
  type MachineId,
} from '@/lib/simulations/docker-hub';

const machines: MachineId[] = ['lead', 'minji', 'junho'];

const unique = (list: readonly unknown[]) => new Set(list).size === list.length;

function checkInvariants(before: DockerHubState, state: DockerHubState) {
  // Every place stores each layer once, and has every layer of every image it holds.
  expect(unique(hubLayers(state))).toBe(true);
  expect(unique(state.registry.team)).toBe(true);
  for (const tag of state.registry.tags) for (const key of imageLayers[tag]) expect(state.registry.team).toContain(key);
  for (const machine of machines) {
    const { layers, images } = state.machines[machine];
    expect(unique(layers)).toBe(true);
    expect(unique(images)).toBe(true);
    for (const version of versions)
      if (images.includes(imageName(version))) for (const key of imageLayers[version]) expect(layers).toContain(key);
  }
  // Only what was built is pushed, in order; the selection is always one the search shows.
  expect(state.registry.tags).toEqual(state.built.slice(0, state.registry.tags.length));
  if (state.selected) expect(searchResults(state).map((listing) => listing.name)).toContain(state.selected);
  const step = state.step;
  if (step?.type === 'push' && step !== before.step) {
    // Already in the repository → exists; the official image's layers → mounted; the rest uploaded.
    for (const { key, result } of step.transfers) {
      expect(result).toBe(before.registry.team.includes(key) ? 'exists' : baseLayers.includes(key) ? 'mounted' : 'pushed');
    }
  }
  if (step?.type === 'pull' && step !== before.step) {
    for (const { key, result } of step.transfers)
      expect(result === 'exists').toBe(before.machines[step.machine].layers.includes(key));
    expect(state.registry.pulls).toBe(before.registry.pulls + 1);
  }
  expect(narrate(state).length).toBeGreaterThan(0);
}

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
