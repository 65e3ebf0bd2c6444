import { describe, expect, it } from 'vitest';
import { editableLines, latestImage, recipe, type BuildFlowState } from '@/lib/simulations/build-flow';
import { apply, buildAll, built } from './helpers';

function rebuiltAfterEditing(line: number): BuildFlowState {
  return buildAll(apply(built(), { type: 'edit', line }));
}

describe('layer cache', () => {
  it('the first build makes every layer', () => {
    expect(latestImage(built())?.cached).toEqual(recipe.map(() => false));
  });

  it.each(editableLines.map((line) => [line]))('editing line %i: layers before it come from the cache, it and the rest are rebuilt', (k) => {
    const first = latestImage(built())!;
    const second = latestImage(rebuiltAfterEditing(k))!;
    expect(second.cached).toEqual(recipe.map((_, line) => line < k));
    expect(second.layerIds.slice(0, k)).toEqual(first.layerIds.slice(0, k));
    for (let line = k; line < recipe.length; line++) expect(second.layerIds[line]).not.toBe(first.layerIds[line]);
  });

  it('a cached build is faster: only the rebuilt layers count', () => {
    const first = latestImage(built())!;
    const second = latestImage(rebuiltAfterEditing(5))!;
    expect(first.seconds).toBe(recipe.reduce((total, instruction) => total + instruction.seconds, 0));
    expect(second.seconds).toBe(recipe.slice(5).reduce((total, instruction) => total + instruction.seconds, 0));
    expect(second.seconds).toBeLessThan(first.seconds);
  });

  it('each build-step reports whether its layer came from the cache', () => {
    let state = apply(built(), { type: 'edit', line: 3 });
    const seen: boolean[] = [];
    do {
      state = apply(state, { type: 'build-step' });
      if (state.step?.type === 'layer') seen.push(state.step.cached);
    } while (state.build);
    expect(seen).toEqual([true, true, true, false, false, false, false]);
  });

  it('going back to a Ruby version built before is a cache hit, as in Docker', () => {
    let state = rebuiltAfterEditing(0);
    state = buildAll(apply(state, { type: 'edit', line: 0 }));
    expect(state.images[2]?.cached).toEqual(recipe.map(() => true));
    expect(state.images[2]?.layerIds).toEqual(state.images[0]?.layerIds);
  });

  it('the Dockerfile text follows the edit of FROM', () => {
    const state = rebuiltAfterEditing(0);
    const layer = state.layers[latestImage(state)!.layerIds[0]!];
    expect(layer?.text).toBe('FROM ruby:3.4');
  });

  it('containers of two images share the layers the images share', () => {
    let state = apply(built(), { type: 'run' });
    state = apply(buildAll(apply(state, { type: 'edit', line: 5 })), { type: 'run' });
    const [a, b] = state.containers.map((container) => state.images.find((image) => image.id === container.imageId)!);
    expect(a!.layerIds.slice(0, 5)).toEqual(b!.layerIds.slice(0, 5));
  });
});
