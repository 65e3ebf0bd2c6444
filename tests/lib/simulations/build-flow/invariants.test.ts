import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  narrate,
  recipe,
  transition,
  type BuildFlowEvent,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';

// fast-check cannot draw an event from a state it has not computed yet, so it draws picks that are
// resolved against the state at that point: weighted towards build steps so sequences reach deep
// states, with real container ids as well as unknown ones and lines that do not exist.
const menu = fc.array(fc.tuple(fc.nat(20), fc.nat(1_000)), { maxLength: 80 });

function resolve(state: BuildFlowState, [pick, extra]: [number, number]): BuildFlowEvent {
  const ids = [...state.containers.map((container) => container.id), 'unknown'];
  const id = ids[extra % ids.length] ?? 'unknown';
  if (pick < 9) return { type: 'build-step' };
  if (pick < 12) return { type: 'edit', line: (extra % (recipe.length + 2)) - 1 };
  if (pick < 15) return { type: 'run' };
  if (pick < 17) return { type: 'stop', id };
  if (pick < 19) return { type: 'remove', id };
  return { type: 'reset' };
}

function checkInvariants(state: BuildFlowState) {
  const imageIds = new Set(state.images.map((image) => image.id));
  for (const image of state.images) {
    // A finished build has exactly one layer per instruction, and every one of them exists.
    expect(image.layerIds).toHaveLength(recipe.length);
    for (const id of image.layerIds) expect(state.layers[id]).toBeDefined();
    // The cache is a chain: once a layer is rebuilt, every layer after it is rebuilt too.
    const firstRebuilt = image.cached.indexOf(false);
    if (firstRebuilt !== -1) expect(image.cached.slice(firstRebuilt).every((cached) => !cached)).toBe(true);
    const seconds = image.layerIds.reduce((total, id, line) => total + (image.cached[line] ? 0 : state.layers[id]!.seconds), 0);
    expect(image.seconds).toBe(seconds);
  }
  // No container refers to a missing image; names and ids are unique.
  for (const container of state.containers) expect(imageIds.has(container.imageId)).toBe(true);
  expect(new Set(state.containers.map((container) => container.name)).size).toBe(state.containers.length);
  expect(new Set(state.containers.map((container) => container.id)).size).toBe(state.containers.length);
  if (state.build) expect(state.build.layerIds.length).toBeLessThan(recipe.length);
  for (const id of Object.values(state.cache)) expect(state.layers[id]).toBeDefined();
  expect(state.images.length).toBe(state.builds);
  expect(narrate(state, 'full').length).toBeGreaterThan(0);
}

describe('random event sequences', () => {
  it('keep every invariant, and rejected events change nothing', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        let state = createInitialState();
        picks.forEach((pick, index) => {
          const event = resolve(state, pick);
          const snapshot = JSON.stringify(state);
          const next = transition(state, event, index);
          if (next === state) expect(JSON.stringify(state)).toBe(snapshot);
          else expect(next.step).not.toBeNull();
          checkInvariants(next);
          state = next;
        });
      }),
      { numRuns: 3_000 },
    );
  });

  it('are deterministic: the same events and times give equal states', () => {
    fc.assert(
      fc.property(menu, (picks) => {
        const replay = () => {
          let state = createInitialState();
          picks.forEach((pick, index) => (state = transition(state, resolve(state, pick), index)));
          return state;
        };
        expect(replay()).toEqual(replay());
      }),
      { numRuns: 500 },
    );
  });

  it('never mutate the state they were given', () => {
    fc.assert(
      fc.property(menu, fc.nat(20), (picks, last) => {
        let state = createInitialState();
        picks.forEach((pick, index) => (state = transition(state, resolve(state, pick), index)));
        const frozen = structuredClone(state);
        transition(state, resolve(state, [last, last]), 0);
        expect(state).toEqual(frozen);
      }),
      { numRuns: 500 },
    );
  });
});
