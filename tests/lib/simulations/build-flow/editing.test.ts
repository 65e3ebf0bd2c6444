import { describe, expect, it } from 'vitest';
import { can } from '@/lib/simulations/kernel';
import {
  appFilePath,
  building,
  currentImage,
  dockerfilePath,
  initialFiles,
  terminal,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';
import { apply, build, built, sim } from './helpers';

// Building what the reader wrote: each edit of the Dockerfile or a copied file, and the cache
// outcome BuildKit would print for it.

const dockerfile = initialFiles[dockerfilePath] as string;
const write = (state: BuildFlowState, text: string, path = dockerfilePath) => apply(state, { type: 'write', path, text });
const replaceLine = (from: string, to: string) => dockerfile.replace(from, to);
const outcome = (state: BuildFlowState) =>
  (terminal(state)?.output ?? [])
    .filter((line) => / (CACHED|DONE \d|ERROR)/.test(line))
    .map((line) => line.replace(/^#\d+ /, ''));
const steps = (state: BuildFlowState) => state.build?.steps.map((step) => (step.cached ? 'CACHED' : 'ran')) ?? [];

describe('editing the Dockerfile', () => {
  it('an unchanged rebuild is all CACHED with the same image id', () => {
    const first = built();
    const again = build(first);
    expect(steps(again)).toEqual(Array(6).fill('CACHED'));
    expect(again.current).toBe(first.current);
  });

  it('a changed RUN line reruns that step and every step after it, not the ones before', () => {
    const state = build(write(built(), replaceLine('RUN bundle install', 'RUN bundle install --jobs 4')));
    expect(steps(state)).toEqual(['CACHED', 'CACHED', 'CACHED', 'CACHED', 'ran', 'ran']);
    expect(terminal(state)?.output).toContain('#9 [5/6] RUN bundle install --jobs 4');
  });

  it('a changed CMD is a setting: every step CACHED, yet a new image id (its config changed)', () => {
    const first = built();
    const state = build(
      write(first, replaceLine('CMD ["bin/rails", "server", "-b", "0.0.0.0"]', 'CMD ["bin/rails", "console"]')),
    );
    expect(steps(state)).toEqual(Array(6).fill('CACHED'));
    expect(state.current).not.toBe(first.current);
    expect(currentImage(state)?.layerIds).toEqual(currentImage(first)?.layerIds);
    expect(currentImage(state)?.settings.map((setting) => setting.text)).toEqual(['EXPOSE 3000', 'CMD ["bin/rails", "console"]']);
  });

  it('an ENV before a RUN is recorded without a layer but changes what that RUN sees, so it reruns', () => {
    const withEnv = replaceLine('RUN bundle install', 'ENV BUNDLE_WITHOUT=development\nRUN bundle install');
    const state = build(write(built(), withEnv));
    expect(steps(state)).toEqual(['CACHED', 'CACHED', 'CACHED', 'CACHED', 'ran', 'ran']);
    expect(currentImage(state)?.layerIds).toHaveLength(6);
    expect(currentImage(state)?.settings[0]).toEqual({ line: 4, text: 'ENV BUNDLE_WITHOUT=development' });
  });

  it('a changed base image pulls it and reruns everything; going back is a cache hit again', () => {
    const first = built();
    const changed = build(write(first, replaceLine('ruby:3.4-slim-trixie', 'ruby:3.3-slim-trixie')));
    expect(steps(changed)).toEqual(Array(6).fill('ran'));
    expect(terminal(changed)?.output[0]).toBe('#4 [1/6] FROM docker.io/library/ruby:3.3-slim-trixie');
    const back = build(write(changed, dockerfile));
    expect(steps(back)).toEqual(Array(6).fill('CACHED'));
    expect(back.current).toBe(first.current);
  });

  it('a blank line or a comment changes nothing BuildKit caches', () => {
    const state = build(write(built(), `# 주석\n\n${dockerfile}`));
    expect(steps(state)).toEqual(Array(6).fill('CACHED'));
  });
});

describe('editing the copied files', () => {
  it('Gemfile: the COPY that copies it and everything after rerun; the line itself is unchanged', () => {
    const state = build(write(built(), `${initialFiles.Gemfile}gem "kaminari"\n`, 'Gemfile'));
    expect(steps(state)).toEqual(['CACHED', 'CACHED', 'CACHED', 'ran', 'ran', 'ran']);
  });

  it('the app code: only the last COPY reruns', () => {
    const state = build(write(built(), 'class PagesController < ApplicationController\nend\n', appFilePath));
    expect(steps(state)).toEqual(['CACHED', 'CACHED', 'CACHED', 'CACHED', 'CACHED', 'ran']);
    expect(outcome(state)).toEqual([...Array(5).fill('CACHED'), 'DONE 0.3s', 'DONE 2.0s']);
  });
});

describe('a broken file never breaks the widget; the last good image stays', () => {
  it("a parse error fails the build at once with the excerpt and BuildKit's line", () => {
    const first = built();
    const state = apply(write(first, replaceLine('RUN bundle install', 'RUNN bundle install')), { type: 'build' });
    expect(building(state)).toBe(false);
    expect(state.current).toBe(first.current);
    const output = terminal(state)?.output ?? [];
    expect(output).toContain('   5 | >>> RUNN bundle install');
    expect(output.at(-1)).toBe(
      'ERROR: failed to build: failed to solve: dockerfile parse error on line 5: unknown instruction: RUNN (did you mean RUN?)',
    );
    expect(sim.narrate(state)).toContain('빌드가 5번째 줄에서 멈췄습니다');
    expect(sim.narrate(state)).toContain('rails-app:1 이미지는 그대로 있습니다');
    // The next successful build takes the tag the failed one never made.
    expect(build(write(state, dockerfile)).build?.tag).toBe('rails-app:2');
  });

  it('a COPY of a file not in the context runs the steps before it, then stops with the checksum error', () => {
    const first = built();
    const state = build(write(first, replaceLine('COPY Gemfile Gemfile.lock ./', 'COPY Gemfile Gemfil.lock ./')));
    expect(steps(state)).toEqual(['CACHED', 'CACHED', 'CACHED', 'ran']);
    const output = terminal(state)?.output ?? [];
    expect(output).toContain('#8 [4/6] COPY Gemfile Gemfil.lock ./');
    expect(output.find((line) => line.startsWith('#8 ERROR: '))).toMatch(
      /^#8 ERROR: failed to calculate checksum of ref [0-9a-f-]{36}::[a-z0-9]{25}: "\/Gemfil\.lock": not found$/,
    );
    expect(output).toContain(' > [4/6] COPY Gemfile Gemfil.lock ./:');
    expect(output.at(-1)).toMatch(
      /^ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref .*: "\/Gemfil\.lock": not found$/,
    );
    expect(state.current).toBe(first.current);
  });

  it('a base image that is not on the Hub stops before any step, as metadata resolution fails', () => {
    const state = build(write(built(), replaceLine('ruby:3.4-slim-trixie', 'rubby:3.4-slim-trixie')));
    expect(state.build?.steps).toHaveLength(0);
    expect(state.build?.problem?.message).toBe(
      'rubby:3.4-slim-trixie: failed to resolve source metadata for docker.io/library/rubby:3.4-slim-trixie: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    expect(build(write(built(), replaceLine('ruby:3.4-slim-trixie', 'ruby:3.9-slim-trixie'))).build?.problem?.message).toBe(
      'ruby:3.9-slim-trixie: failed to resolve source metadata for docker.io/library/ruby:3.9-slim-trixie: docker.io/library/ruby:3.9-slim-trixie: not found',
    );
  });

  it('refuses writes during a build and to files outside the editor', () => {
    const running = apply(built(), { type: 'build' });
    expect(can(sim, running, { type: 'write', path: dockerfilePath, text: 'FROM alpine\n' }, 0)).toBe(false);
    expect(can(sim, built(), { type: 'write', path: 'bin/rails', text: '' }, 0)).toBe(false);
    expect(can(sim, built(), { type: 'write', path: dockerfilePath, text: dockerfile }, 0)).toBe(false);
  });
});

describe('multi-stage builds', () => {
  const multiStage = [
    'FROM ruby:3.4-slim-trixie AS build',
    'WORKDIR /rails',
    'COPY Gemfile Gemfile.lock ./',
    'RUN bundle install',
    'COPY . .',
    '',
    'FROM ruby:3.4-slim-trixie AS unused',
    'RUN echo never built',
    '',
    'FROM ruby:3.4-slim-trixie',
    'WORKDIR /rails',
    'COPY --from=build /rails /rails',
    'EXPOSE 3000',
    'CMD ["bin/rails", "server", "-b", "0.0.0.0"]',
    '',
  ].join('\n');

  it('prefixes steps with the stage, skips a stage nothing needs, and the image holds the last stage only', () => {
    const state = build(write(built(), multiStage));
    const names = (terminal(state)?.output ?? [])
      .filter((line) => /^#\d+ \[/.test(line))
      .map((line) => line.replace(/^#\d+ /, ''));
    expect(names).toEqual([
      '[build 1/5] FROM docker.io/library/ruby:3.4-slim-trixie',
      '[build 2/5] WORKDIR /rails',
      '[build 3/5] COPY Gemfile Gemfile.lock ./',
      '[build 4/5] RUN bundle install',
      '[build 5/5] COPY . .',
      '[stage-2 1/3] FROM docker.io/library/ruby:3.4-slim-trixie',
      '[stage-2 2/3] WORKDIR /rails',
      '[stage-2 3/3] COPY --from=build /rails /rails',
    ]);
    const layers = currentImage(state)!.layerIds.map((id) => state.layers[id]?.text);
    expect(layers).toEqual(['FROM ruby:3.4-slim-trixie', 'WORKDIR /rails', 'COPY --from=build /rails /rails']);
    expect(layers).not.toContain('RUN bundle install');
  });

  it('editing the app code reruns the build stage from its COPY and the COPY --from that takes its result', () => {
    const first = build(write(built(), multiStage));
    const state = build(write(first, 'class PagesController < ApplicationController\nend\n', appFilePath));
    expect(steps(state)).toEqual(['CACHED', 'CACHED', 'CACHED', 'CACHED', 'ran', 'CACHED', 'CACHED', 'ran']);
  });
});
