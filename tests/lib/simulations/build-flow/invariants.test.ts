import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can } from '@/lib/simulations/kernel';
import {
  building,
  createInitialState,
  maxContainers,
  refusal,
  stepLines,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';
import { menu, resolve, sim } from './helpers';

function checkInvariants(state: BuildFlowState) {
  const imageIds = new Set(state.images.map((image) => image.id));
  expect(imageIds.size).toBe(state.images.length);
  for (const image of state.images) {
    // A finished image has one layer per build step (none for EXPOSE or CMD), and each exists.
    expect(image.layerIds).toHaveLength(stepLines.length);
    for (const id of image.layerIds) expect(state.layers[id]).toBeDefined();
    expect(image.tags.length).toBeGreaterThan(0);
  }
  // Every tag names one image, and the builds so far named them all.
  const tags = state.images.flatMap((image) => image.tags);
  expect(new Set(tags).size).toBe(tags.length);
  const finished = state.build ? (building(state) ? state.build.number - 1 : state.build.number) : 0;
  expect(tags.length).toBe(finished);
  if (state.build) {
    // The cache is a chain: once a step misses, every step after it misses too.
    const cached = state.build.steps.map((step) => step.cached);
    const firstMiss = cached.indexOf(false);
    if (firstMiss !== -1) expect(cached.slice(firstMiss).every((hit) => !hit)).toBe(true);
  }
  // Containers: at most the lesson's limit, on existing images, unique names, one holder per port.
  expect(state.containers.length).toBeLessThanOrEqual(maxContainers);
  for (const container of state.containers) expect(imageIds.has(container.imageId)).toBe(true);
  expect(new Set(state.containers.map((container) => container.run)).size).toBe(state.containers.length);
  const held = state.containers
    .filter((container) => container.status === 'running' && container.port !== null)
    .map((container) => container.port);
  expect(new Set(held).size).toBe(held.length);
  for (const id of Object.values(state.cache)) expect(state.layers[id]).toBeDefined();
  expect(sim.narrate(state).length).toBeGreaterThan(0);
}

describe('random event sequences', () => {
  it('never throw and keep every invariant', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        let state = createInitialState();
        for (const pick of picks) {
          state = sim.transition(state, resolve(state, pick), 0);
          checkInvariants(state);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('can() agrees with the transition and with the reason the view shows', () => {
    fc.assert(
      fc.property(menu, fc.nat(20), fc.nat(1_000), (picks, pick, extra) => {
        let state = createInitialState();
        for (const step of picks) state = sim.transition(state, resolve(state, step), 0);
        const event = resolve(state, [pick, extra]);
        const accepted = sim.transition(state, event, 0) !== state;
        expect(can(sim, state, event, 0)).toBe(accepted);
        expect(refusal(state, event) === null).toBe(accepted);
      }),
      { numRuns: 2_000 },
    );
  });

  it('are deterministic and never mutate the state they are given', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        const play = () =>
          picks.reduce<BuildFlowState>((state, pick) => sim.transition(state, resolve(state, pick), 0), createInitialState());
        const state = play();
        expect(state).toEqual(play());
        const frozen = structuredClone(state);
        for (let pick = 0; pick < 20; pick++) sim.transition(state, resolve(state, [pick, pick]), 0);
        expect(state).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  });
});
