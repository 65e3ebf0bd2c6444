import { describe, expect, it } from 'vitest';
import { can } from '@/lib/simulations/kernel';
import {
  createInitialState,
  currentImage,
  hostPorts,
  maxContainers,
  recipeChanged,
  stepLines,
  type BuildFlowEvent,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';
import { apply, build, built, sim } from './helpers';

const initial = createInitialState();
const running = () => apply(built(), { type: 'run', port: 8080 });
const stopped = () => apply(running(), { type: 'stop', run: 1 });
const midBuild = () => apply(initial, { type: 'build' }, { type: 'tick' });

describe('transition table', () => {
  const rows: Array<[string, () => BuildFlowState, BuildFlowEvent, (before: BuildFlowState, after: BuildFlowState) => void]> = [
    [
      'build starts a build tagged rails-app:1; nothing is done until the clock ticks',
      () => initial,
      { type: 'build' },
      (_, after) => {
        expect(after.build).toMatchObject({ number: 1, steps: [], imageId: null });
      },
    ],
    [
      'a tick does three simulated seconds of work',
      () => apply(initial, { type: 'build' }),
      { type: 'tick' },
      (_, after) => {
        expect(after.build?.steps).toEqual([]);
        expect(after.build?.spent).toBe(3_000);
      },
    ],
    [
      'the last tick names the image and makes it current',
      () => apply(initial, { type: 'build' }),
      { type: 'tick' },
      (before) => {
        const done = build(before);
        expect(done.build?.imageId).toBe(done.current);
        expect(currentImage(done)?.tags).toEqual(['rails-app:1']);
        expect(currentImage(done)?.layerIds).toHaveLength(stepLines.length);
      },
    ],
    [
      'edit bumps the revision of an editable line',
      () => built(),
      { type: 'edit', line: 5 },
      (before, after) => {
        expect(after.revisions[5]).toBe((before.revisions[5] ?? 0) + 1);
        expect(recipeChanged(after)).toBe(true);
        expect(after.last).toEqual({ type: 'edit', line: 5 });
      },
    ],
    [
      'run starts a running container from the current image, publishing the port',
      () => built(),
      { type: 'run', port: 8080 },
      (before, after) => {
        expect(after.containers).toEqual([
          { run: 1, imageId: before.current, status: 'running', port: 8080, created: 0, stopped: null },
        ]);
      },
    ],
    [
      'stop stops a running container',
      running,
      { type: 'stop', run: 1 },
      (_, after) => {
        expect(after.containers[0]?.status).toBe('stopped');
        expect(after.last).toEqual({ type: 'stop', run: 1, port: 8080 });
      },
    ],
    [
      'remove deletes a stopped container',
      stopped,
      { type: 'remove', run: 1 },
      (_, after) => {
        expect(after.containers).toEqual([]);
      },
    ],
  ];

  it.each(rows)('%s', (_, given, event, check) => {
    const before = given();
    const after = sim.transition(before, event, 0);
    expect(after).not.toBe(before);
    check(before, after);
  });
});

describe('events the rules refuse return the same state object, so can() is false', () => {
  const full = () =>
    apply(
      built(),
      ...Array.from({ length: maxContainers }, (_, i): BuildFlowEvent => ({
        type: 'run',
        port: hostPorts[i % hostPorts.length] ?? null,
      })),
    );
  const rows: Array<[string, () => BuildFlowState, BuildFlowEvent]> = [
    ['run before any image exists', () => initial, { type: 'run', port: 8080 }],
    ['run while the first build is still running', midBuild, { type: 'run', port: 8080 }],
    [`a container beyond the lesson's ${maxContainers}`, full, { type: 'run', port: null }],
    ['a host port the widget does not offer', built, { type: 'run', port: 22 }],
    ['stop a container that never ran', running, { type: 'stop', run: 9 }],
    ['stop a stopped container', stopped, { type: 'stop', run: 1 }],
    ['remove a running container (docker rm without -f)', running, { type: 'remove', run: 1 }],
    ['build while a build runs', midBuild, { type: 'build' }],
    ['edit during a build', midBuild, { type: 'edit', line: 0 }],
    ['edit a line that has no edit (RUN bundle install)', built, { type: 'edit', line: 4 }],
    ['edit a line that does not exist', built, { type: 'edit', line: 99 }],
    ['a tick with no build running', built, { type: 'tick' }],
  ];

  it.each(rows)('%s', (_, given, event) => {
    const before = given();
    expect(sim.transition(before, event, 0)).toBe(before);
    expect(can(sim, before, event, 0)).toBe(false);
  });
});

describe('images and containers', () => {
  it('names are never reused after a remove', () => {
    const state = apply(stopped(), { type: 'remove', run: 1 }, { type: 'run', port: 8080 });
    expect(state.containers.map((container) => container.run)).toEqual([2]);
  });

  it('a rebuild after an edit tags a new image; containers of the old image keep it', () => {
    const state = apply(build(apply(running(), { type: 'edit', line: 5 })), { type: 'run', port: 8081 });
    expect(state.images.map((image) => image.tags)).toEqual([['rails-app:1'], ['rails-app:2']]);
    expect(state.containers.map((container) => container.imageId)).toEqual(state.images.map((image) => image.id));
  });

  it('a stopped container frees its port for the next run', () => {
    const state = apply(stopped(), { type: 'run', port: 8080 });
    expect(state.containers[1]?.status).toBe('running');
  });
});
