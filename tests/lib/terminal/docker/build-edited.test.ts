import { describe, expect, it } from 'vitest';
import { buildFlowFull, dockerfilePath, initialFiles, type BuildFlowState } from '@/lib/simulations/build-flow';
import { containerWorld } from '@/lib/terminal/docker';
import { player } from './play';

// `docker build` in chapter 3's terminal builds the files as the widget's editor left them.

const project = '/home/user/myapp';
const write = (state: BuildFlowState, path: string, text: string) =>
  buildFlowFull.transition(state, { type: 'write', path, text }, 0);

describe('docker build of edited files', () => {
  it('prints the edited step, CACHED before it and DONE from it on', () => {
    const p = player(containerWorld);
    p.run('docker build -t myapp .', { cwd: project });
    p.state = write(
      p.state,
      dockerfilePath,
      initialFiles[dockerfilePath]!.replace('RUN bundle install', 'RUN bundle install --jobs 4'),
    );
    const step = p.run('docker build -t myapp:2 .');
    expect(step.result.exitCode).toBe(0);
    const statuses = p.text().filter((line) => / (CACHED|DONE \d)/.test(line));
    expect(statuses.slice(0, 6).map((line) => line.split(' ')[1])).toEqual([
      'CACHED',
      'CACHED',
      'CACHED',
      'CACHED',
      'DONE',
      'DONE',
    ]);
    expect(p.text()).toContain('#9 [5/6] RUN bundle install --jobs 4');
  });

  it('a Dockerfile BuildKit rejects: the excerpt and the ERROR line on stderr, exit 1, a Korean hint, the last image kept', () => {
    const p = player(containerWorld);
    p.run('docker build -t myapp .', { cwd: project });
    const image = p.state.current;
    p.state = write(p.state, dockerfilePath, initialFiles[dockerfilePath]!.replace('WORKDIR /rails', 'WORKDIRR /rails'));
    const step = p.run('docker build -t myapp:2 .');
    expect(step.result.exitCode).toBe(1);
    const stderr = step.result.output.filter((line) => line.stream === 'stderr').map((line) => line.text);
    expect(stderr[0]).toBe('Dockerfile:3');
    expect(stderr).toContain('   3 | >>> WORKDIRR /rails');
    expect(stderr.at(-1)).toBe(
      'ERROR: failed to build: failed to solve: dockerfile parse error on line 3: unknown instruction: WORKDIRR (did you mean WORKDIR?)',
    );
    expect(p.hints().join(' ')).toContain('myapp:latest 이미지는 그대로 있습니다');
    expect(p.state.current).toBe(image);
  });

  it('a COPY of a missing file: the steps before it, the failing step, then the error', () => {
    const p = player(containerWorld);
    p.state = write(p.state, 'Gemfile.lock', initialFiles['Gemfile.lock']!);
    p.state = write(p.state, dockerfilePath, initialFiles[dockerfilePath]!.replace('COPY . .', 'COPY config/master.key .'));
    const step = p.run('docker build .', { cwd: project });
    expect(step.result.exitCode).toBe(1);
    expect(p.text()).toContain('#10 [6/6] COPY config/master.key .');
    expect(
      p
        .text()
        .some((line) => /^#10 ERROR: failed to calculate checksum of ref .*: "\/config\/master\.key": not found$/.test(line)),
    ).toBe(true);
    expect(p.text()).toContain(' > [6/6] COPY config/master.key .:');
  });
});
