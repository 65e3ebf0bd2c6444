import { describe, expect, it } from 'vitest';
import { can, replay } from '@/lib/simulations/kernel';
import {
  clock,
  createInitialState,
  currentImage,
  maxContainers,
  recipe,
  refusal,
  speedUp,
  stepLines,
  terminal,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';
import { apply, build, built, sim } from './helpers';

// Each fix of issue 15 ("The Docker widgets"), checked on the model the view draws and narrates.

describe('one image, many containers', () => {
  it('three runs make three containers on the one image; nothing is copied', () => {
    const state = apply(built(), { type: 'run', port: 8080 }, { type: 'run', port: 8081 }, { type: 'run', port: 8082 });
    expect(state.images).toHaveLength(1);
    expect(new Set(state.containers.map((container) => container.imageId))).toEqual(new Set([state.current]));
    expect(sim.narrate(state)).toContain('컨테이너 3개가 rails-app:1 이미지 하나를 함께 씁니다');
  });

  it(`stops at ${maxContainers} containers, refused by the rules with a reason`, () => {
    const state = apply(
      built(),
      { type: 'run', port: 8080 },
      { type: 'run', port: 8081 },
      { type: 'run', port: 8082 },
      { type: 'run', port: null },
    );
    expect(state.containers).toHaveLength(maxContainers);
    expect(can(sim, state, { type: 'run', port: null }, 0)).toBe(false);
    expect(refusal(state, { type: 'run', port: null })).toContain(`${maxContainers}개까지`);
  });
});

describe('rebuilding an unchanged Dockerfile', () => {
  it('is allowed, and every step is CACHED with the same image id', () => {
    const first = built();
    expect(can(sim, first, { type: 'build' }, 0)).toBe(true);
    const second = build(first);
    expect(second.build?.steps.every((step) => step.cached)).toBe(true);
    expect(second.current).toBe(first.current);
    expect(currentImage(second)?.tags).toEqual(['rails-app:1', 'rails-app:2']);
    expect(terminal(second)?.output.filter((line) => line.endsWith(' CACHED'))).toHaveLength(stepLines.length);
    expect(sim.narrate(second)).toContain('모든 단계가 CACHED입니다');
  });

  it('finishes within one tick: the moment the cache clicks', () => {
    const started = apply(built(), { type: 'build' });
    expect(sim.transition(started, { type: 'tick' }, 0).build?.imageId).not.toBeNull();
  });
});

describe('FROM, settings and layers', () => {
  it('FROM is narrated as pulling the base image, not as building a layer', () => {
    const started = apply(createInitialState(), { type: 'build' });
    expect(sim.narrate(started)).toContain('베이스 이미지 ruby:3.4-slim-trixie를 레지스트리에서 내려받고(풀)');
    expect(terminal(started)?.output[0]).toBe('#4 [1/6] FROM docker.io/library/ruby:3.4-slim-trixie');
  });

  it('EXPOSE and CMD record settings: they are no build step and add no layer', () => {
    const state = built();
    const settings = recipe.flatMap((instruction, line) => (instruction.kind === 'setting' ? [line] : []));
    expect(settings.map((line) => recipe[line]!.text(0).split(' ')[0])).toEqual(['EXPOSE', 'CMD']);
    expect(currentImage(state)?.layerIds).toHaveLength(recipe.length - settings.length);
    expect(Object.values(state.layers).some((layer) => settings.includes(layer.line))).toBe(false);
    expect(terminal(state)?.output.some((line) => /\bCMD\b|\bEXPOSE\b/.test(line))).toBe(false);
  });

  it('BuildKit counts the steps as it prints them: [1/6] … [6/6], then the export names the image', () => {
    const output = terminal(built())!.output;
    expect(output.filter((line) => /^#\d+ \[\d\/6\] /.test(line)).map((line) => /\[(\d)\/6\]/.exec(line)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect(output.slice(-3)).toEqual([
      '#11 exporting to image',
      '#11 naming to docker.io/library/rails-app:1 done',
      '#11 DONE 2.0s',
    ]);
  });
});

describe('a second docker run -p 8080:3000', () => {
  const twice = () => apply(built(), { type: 'run', port: 8080 }, { type: 'run', port: 8080 });

  it('is accepted, and fails to start with the daemon error, leaving the container Created', () => {
    const once = apply(built(), { type: 'run', port: 8080 });
    expect(can(sim, once, { type: 'run', port: 8080 }, 0)).toBe(true);
    const state = twice();
    expect(state.containers.map((container) => container.status)).toEqual(['running', 'created']);
    const line = terminal(state)!.output[0]!;
    expect(line).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint rails-2 \([0-9a-f]{64}\): /,
    );
    expect(line.endsWith('Bind for 0.0.0.0:8080 failed: port is already allocated')).toBe(true);
    expect(sim.narrate(state)).toContain('rails-1 컨테이너가 쓰고 있기 때문입니다');
  });

  it('the created container can be removed; it never held the port', () => {
    const state = apply(twice(), { type: 'remove', run: 2 }, { type: 'run', port: 8081 });
    expect(state.containers.map((container) => [container.run, container.status])).toEqual([
      [1, 'running'],
      [3, 'running'],
    ]);
  });
});

describe('time', () => {
  const coldTicks = () => replay(sim, [{ at: 0, event: { type: 'build' } }], { until: 1_000 * clock.step }).length - 2;

  it('a cold build takes about two minutes, said on screen to be played 30 times faster', () => {
    expect(sim.narrate(built())).toContain('모두 2분 13초쯤 걸렸습니다');
    expect(clock.note).toContain(`${speedUp}배 빠르게`);
    expect(clock.step / clock.realMs).toBe(speedUp);
    // On screen: a few seconds, long enough to watch, short enough not to wait.
    const seconds = (coldTicks() * clock.realMs) / 1000;
    expect(seconds).toBeGreaterThan(3);
    expect(seconds).toBeLessThan(6);
  });

  it('a rebuild after editing the app code runs one step and takes seconds', () => {
    expect(sim.narrate(build(apply(built(), { type: 'edit', line: 5 })))).toContain('단계 1개만 다시 실행해 2초 만에');
  });
});

describe('pace: one live message per reader action', () => {
  it('a build is told once when it starts and once when it ends, never per step', () => {
    let state: BuildFlowState = apply(built(), { type: 'edit', line: 3 }, { type: 'build' });
    const told = new Set([sim.narrate(state)]);
    while (state.build?.imageId === null) {
      state = sim.transition(state, { type: 'tick' }, 0);
      told.add(sim.narrate(state));
    }
    expect(told.size).toBe(2);
  });
});
