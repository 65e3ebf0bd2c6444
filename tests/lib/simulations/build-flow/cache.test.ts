import { describe, expect, it } from 'vitest';
import { cachePlan, currentImage, editableLines, recipe, stepLines, type BuildFlowState } from '@/lib/simulations/build-flow';
import { apply, build, built } from './helpers';

const rebuiltAfterEditing = (line: number): BuildFlowState => build(apply(built(), { type: 'edit', line }));
const cachedSteps = (state: BuildFlowState) => state.build?.steps.map((step) => step.cached);

describe('layer cache', () => {
  it('the first build runs every step', () => {
    expect(cachedSteps(built())).toEqual(stepLines.map(() => false));
  });

  it.each(editableLines.map((line) => [line]))(
    'editing line %i: steps before it come from the cache, it and the rest run again',
    (line) => {
      const first = currentImage(built())!;
      const state = rebuiltAfterEditing(line);
      const second = currentImage(state)!;
      const k = stepLines.indexOf(line);
      expect(cachedSteps(state)).toEqual(stepLines.map((_, index) => index < k));
      expect(second.layerIds.slice(0, k)).toEqual(first.layerIds.slice(0, k));
      for (let index = k; index < stepLines.length; index++) expect(second.layerIds[index]).not.toBe(first.layerIds[index]);
    },
  );

  it('a cached build takes only the time of the steps that ran, plus the export', () => {
    const cold = built().build!;
    const warm = rebuiltAfterEditing(5).build!;
    const took = (b: typeof cold) => b.steps.reduce((sum, step) => sum + step.ms, b.exportMs);
    expect(took(cold)).toBe(stepLines.reduce((sum, line) => sum + recipe[line]!.ms, 0) + cold.exportMs);
    expect(took(warm)).toBe(recipe[5]!.ms + warm.exportMs);
  });

  it('going back to a Ruby version built before is a cache hit, as in Docker, and gives the first image again', () => {
    const state = build(apply(rebuiltAfterEditing(0), { type: 'edit', line: 0 }));
    expect(cachedSteps(state)).toEqual(stepLines.map(() => true));
    expect(state.current).toBe(state.images[0]!.id);
    expect(state.images[0]!.tags).toEqual(['rails-app:1', 'rails-app:3']);
  });

  it('the plan of the next build is a prefix of hits, read from the cache', () => {
    const state = apply(built(), { type: 'edit', line: 3 });
    expect(cachePlan(state, state.files)).toEqual([true, true, true, false, false, false]);
  });

  it('containers of two images share the layers the images share', () => {
    let state = apply(built(), { type: 'run', port: 8080 });
    state = apply(build(apply(state, { type: 'edit', line: 5 })), { type: 'run', port: 8081 });
    const [a, b] = state.containers.map((container) => state.images.find((image) => image.id === container.imageId)!);
    expect(a!.id).not.toBe(b!.id);
    expect(a!.layerIds.slice(0, 5)).toEqual(b!.layerIds.slice(0, 5));
  });
});
