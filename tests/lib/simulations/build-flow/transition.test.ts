import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  latestImage,
  recipe,
  recipeChanged,
  transition,
  type BuildFlowEvent,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';
import { apply, buildAll, built } from './helpers';

const initial = createInitialState();
const running = () => apply(built(), { type: 'run' });
const stopped = () => {
  const state = running();
  return apply(state, { type: 'stop', id: state.containers[0]!.id });
};

describe('transition table', () => {
  const rows: Array<[string, () => BuildFlowState, BuildFlowEvent, (before: BuildFlowState, after: BuildFlowState) => void]> = [
    ['build-step with nothing built starts a build and makes layer 1', () => initial, { type: 'build-step' }, (_, after) => {
      expect(after.build?.layerIds).toHaveLength(1);
      expect(after.step).toMatchObject({ type: 'layer', line: 0, cached: false, imageId: null });
    }],
    ['the last build-step turns the layers into a tagged image', () => apply(initial, ...Array(recipe.length - 1).fill({ type: 'build-step' })), { type: 'build-step' }, (_, after) => {
      expect(after.build).toBeNull();
      expect(after.images).toHaveLength(1);
      expect(latestImage(after)?.tag).toBe('rails-app:1');
      expect(latestImage(after)?.layerIds).toHaveLength(recipe.length);
    }],
    ['edit bumps the revision of an editable line', () => built(), { type: 'edit', line: 5 }, (before, after) => {
      expect(after.revisions[5]).toBe((before.revisions[5] ?? 0) + 1);
      expect(recipeChanged(after)).toBe(true);
      expect(after.step).toEqual({ type: 'edit', line: 5 });
    }],
    ['run starts a running container from the newest image', () => built(), { type: 'run' }, (before, after) => {
      expect(after.containers).toHaveLength(1);
      expect(after.containers[0]).toMatchObject({ name: 'rails-1', status: 'running', imageId: latestImage(before)?.id, startedAt: 7 });
    }],
    ['stop stops a running container', running, { type: 'stop', id: running().containers[0]!.id }, (_, after) => {
      expect(after.containers[0]?.status).toBe('stopped');
      expect(after.step).toMatchObject({ type: 'stop', name: 'rails-1' });
    }],
    ['remove deletes a stopped container', stopped, { type: 'remove', id: stopped().containers[0]!.id }, (_, after) => {
      expect(after.containers).toEqual([]);
      expect(after.step).toMatchObject({ type: 'remove', name: 'rails-1' });
    }],
    ['reset empties everything, cache included', running, { type: 'reset' }, (_, after) => {
      expect(after).toEqual({ ...createInitialState(), step: { type: 'reset' } });
    }],
  ];

  it.each(rows)('%s', (_, given, event, check) => {
    const before = given();
    const after = transition(before, event, 7);
    expect(after).not.toBe(before);
    check(before, after);
  });
});

describe('invalid events are rejected and return the same state object', () => {
  const rows: Array<[string, () => BuildFlowState, BuildFlowEvent]> = [
    ['run before any image exists', () => initial, { type: 'run' }],
    ['run while the first build is still running', () => apply(initial, { type: 'build-step' }), { type: 'run' }],
    ['stop an unknown container', running, { type: 'stop', id: 'nope' }],
    ['stop a stopped container', stopped, { type: 'stop', id: stopped().containers[0]!.id }],
    ['remove an unknown container', running, { type: 'remove', id: 'nope' }],
    ['remove a running container (docker rm without -f)', running, { type: 'remove', id: running().containers[0]!.id }],
    ['build an unchanged recipe again', built, { type: 'build-step' }],
    ['edit during a build', () => apply(initial, { type: 'build-step' }), { type: 'edit', line: 0 }],
    ['edit a line that has no edit (RUN bundle install)', built, { type: 'edit', line: 4 }],
    ['edit a line that does not exist', built, { type: 'edit', line: 99 }],
    ['reset the initial state', () => initial, { type: 'reset' }],
  ];

  it.each(rows)('%s', (_, given, event) => {
    const before = given();
    expect(transition(before, event, 1)).toBe(before);
  });
});

describe('images and containers', () => {
  it('a second run makes a second container on the same image, with its own name and id', () => {
    const state = apply(built(), { type: 'run' }, { type: 'run' });
    const [first, second] = state.containers;
    expect(first?.imageId).toBe(second?.imageId);
    expect(first?.name).not.toBe(second?.name);
    expect(first?.id).not.toBe(second?.id);
  });

  it('names are never reused after a remove', () => {
    let state = apply(built(), { type: 'run' });
    const id = state.containers[0]!.id;
    state = apply(state, { type: 'stop', id }, { type: 'remove', id }, { type: 'run' });
    expect(state.containers.map((container) => container.name)).toEqual(['rails-2']);
  });

  it('a rebuild tags a new image and containers of the old image keep it', () => {
    let state = apply(built(), { type: 'run' }, { type: 'edit', line: 5 });
    state = buildAll(state);
    state = apply(state, { type: 'run' });
    expect(state.images.map((image) => image.tag)).toEqual(['rails-app:1', 'rails-app:2']);
    expect(state.containers.map((container) => container.imageId)).toEqual(state.images.map((image) => image.id));
  });

  it('the same time value gives the same state: no hidden clock or randomness', () => {
    const events: BuildFlowEvent[] = [{ type: 'build-step' }, { type: 'build-step' }];
    expect(apply(initial, ...events)).toEqual(apply(initial, ...events));
  });
});
