import { describe, expect, it } from 'vitest';
import { readScene } from '@/lib/share/scene-link';
import {
  machines,
  narrate,
  outcome,
  runInstalled,
  worksOnMyMachineCodec as codec,
  worksOnMyMachineSimulation as simulation,
  type WorksOnMyMachineEvent,
  type WorksOnMyMachineState,
} from '@/lib/simulations/works-on-my-machine';

const apply = (state: WorksOnMyMachineState, ...events: WorksOnMyMachineEvent[]) =>
  events.reduce((current, event) => simulation.transition(current, event, 0), state);
const initial = simulation.initial();
const ranInstalled = () => apply(initial, { type: 'run', mode: 'installed' });
const ranDocker = () => apply(initial, { type: 'run', mode: 'docker' });
const results = (state: WorksOnMyMachineState) =>
  machines.map((machine) =>
    outcome(state, machine.id)
      ?.checks.map((check) => `${check.id}:${check.status}`)
      .join(' '),
  );

describe('running the app as installed', () => {
  it('matches the chapter table: the Mac works, Windows fails at install, the server breaks the PDF', () => {
    const state = ranInstalled();
    expect(outcome(state, 'mac')?.works).toBe(true);
    expect(outcome(state, 'windows')?.firstFailure?.id).toBe('install');
    expect(
      outcome(state, 'windows')
        ?.checks.slice(1)
        .every((check) => check.status === 'skipped'),
    ).toBe(true);
    expect(outcome(state, 'server')?.firstFailure?.id).toBe('pdf');
    expect(narrate(state)).toContain('동료의 윈도우 노트북: Ruby 3.1 버전이라 Rails 8을 설치하지 못합니다.');
    expect(narrate(state)).toContain('운영 서버: 한글 글꼴이 없어 PDF의 한글이 네모 칸으로 깨집니다.');
  });

  it('shows no results before the first run', () => {
    for (const machine of machines) expect(outcome(initial, machine.id)).toBeNull();
  });

  it.each([
    ['database', 'none', 'database', '설치되어 있지 않아'],
    ['database', 'mysql-8', 'database', 'MySQL'],
    ['database', 'postgres-13', 'database', 'NULLS NOT DISTINCT'],
    ['vips', 'none', 'thumbnail', 'libvips'],
    ['font', 'none', 'pdf', '한글 글꼴이 없어'],
    ['ruby', '3.1', 'install', 'Ruby 3.2 이상'],
  ] as const)('changing the Mac’s %s to %s fails at %s with its reason', (item, value, check, reason) => {
    const state = apply(ranInstalled(), { type: 'set', machine: 'mac', item, value });
    expect(outcome(state, 'mac')?.firstFailure?.id).toBe(check);
    expect(outcome(state, 'mac')?.firstFailure?.reason).toContain(reason);
    expect(narrate(state)).toContain('다시 실행하니');
    expect(state.revisions).toEqual({ mac: 2, windows: 1, server: 1 });
  });

  it('fixing one problem can show the next one: Windows with Ruby 3.3 stops at the database', () => {
    const state = apply(ranInstalled(), { type: 'set', machine: 'windows', item: 'ruby', value: '3.3' });
    expect(outcome(state, 'windows')?.firstFailure?.id).toBe('database');
    const fixed = apply(
      state,
      { type: 'set', machine: 'windows', item: 'database', value: 'postgres-17' },
      { type: 'set', machine: 'windows', item: 'vips', value: '8.16' },
    );
    expect(outcome(fixed, 'windows')?.works).toBe(true);
    expect(narrate(fixed)).toBe('동료의 윈도우 노트북에 libvips를 설치했습니다(libvips 8.16). 다시 실행하니 잘 됩니다.');
  });

  it('a missing font does not stop the run: the other steps still succeed', () => {
    const result = runInstalled({ ruby: '3.3', vips: '8.16', font: 'none', database: 'postgres-17' });
    expect(result.checks.map((check) => check.status)).toEqual(['ok', 'ok', 'ok', 'fail']);
  });
});

describe('running with Docker', () => {
  it('installs nothing at run time: each machine pulls the image and starts it (it used to say “설치 (bundle install) 성공”)', () => {
    expect(results(ranDocker())).toEqual(Array(3).fill('pull:ok database:ok thumbnail:ok pdf:ok'));
    expect(narrate(ranDocker())).toContain(
      '같은 myteam/app:1.0 이미지를 받아(pull) 실행했습니다. 실행할 때 설치하는 것은 없습니다.',
    );
  });

  it('says why all three work: the image was built for both CPUs (the multi-platform caveat)', () => {
    expect(narrate(ranDocker())).toContain(
      '이미지를 linux/amd64와 linux/arm64용으로 함께 빌드해 두었으므로 각 컴퓨터의 도커가 자기 CPU에 맞는 것을 받아, 세 곳 모두 잘 됩니다.',
    );
  });

  it('an image built on the Apple silicon Mac for arm64 only: the Mac works, Windows emulates, the amd64 server cannot run it', () => {
    const state = apply(ranDocker(), { type: 'build', build: 'arm64' });
    expect(results(state)).toEqual([
      'pull:ok database:ok thumbnail:ok pdf:ok',
      'pull:emulated database:ok thumbnail:ok pdf:ok',
      'pull:fail database:skipped thumbnail:skipped pdf:skipped',
    ]);
    expect(outcome(state, 'windows')?.caveat).toContain('에뮬레이션으로 실행합니다');
    expect(narrate(state)).toContain(
      '운영 서버: 이 이미지에는 linux/arm64용만 있어 amd64 CPU인 이 서버에서는 실행되지 않습니다.',
    );
    expect(narrate(state)).toContain('동료의 윈도우 노트북: 에뮬레이션으로 느리게 실행됩니다.');
  });

  it('an amd64-only image runs on the Apple silicon Mac under emulation', () => {
    const state = apply(ranDocker(), { type: 'build', build: 'amd64' });
    expect(outcome(state, 'mac')?.checks[0]?.status).toBe('emulated');
    expect(outcome(state, 'server')?.works).toBe(true);
  });

  it('what a machine has installed no longer matters', () => {
    const state = apply(
      ranDocker(),
      { type: 'set', machine: 'server', item: 'database', value: 'none' },
      { type: 'set', machine: 'mac', item: 'ruby', value: '3.1' },
    );
    for (const machine of machines) expect(outcome(state, machine.id)?.works).toBe(true);
    expect(narrate(state)).toBe(
      '내 맥의 Ruby를 바꿨습니다(Ruby 3.3 → Ruby 3.1). 도커로 실행한 앱은 이 컴퓨터에 설치된 것을 쓰지 않고 이미지에 든 것을 쓰므로 결과가 그대로입니다. 잘 됩니다.',
    );
  });

  it('switching back to installed brings the machines’ own problems back', () => {
    expect(outcome(apply(ranDocker(), { type: 'run', mode: 'installed' }), 'windows')?.works).toBe(false);
  });
});

describe('rejected events return the same state object', () => {
  const rows: Array<[string, () => WorksOnMyMachineState, WorksOnMyMachineEvent]> = [
    ['running again the way it already runs', ranInstalled, { type: 'run', mode: 'installed' }],
    ['choosing the version already installed', () => initial, { type: 'set', machine: 'mac', item: 'ruby', value: '3.3' }],
    ['a version that is not offered', () => initial, { type: 'set', machine: 'mac', item: 'ruby', value: '2.7' }],
    ['an unknown machine', () => initial, { type: 'set', machine: 'linux' as 'mac', item: 'ruby', value: '3.1' }],
    ['the build already there', () => initial, { type: 'build', build: 'multi' }],
  ];
  it.each(rows)('%s', (_, given, event) => {
    const before = given();
    expect(simulation.transition(before, event, 0)).toBe(before);
  });
});

describe('the lesson', () => {
  it('tells failures, a fix, Docker, a change that no longer matters, and the CPU that still does', () => {
    const lines = simulation.transcript();
    expect(lines).toHaveLength(8);
    expect(lines[1]).toContain('코드는 같은데 설치된 것이 달라서 결과가 다릅니다');
    expect(lines[2]).toBe('운영 서버에 한글 글꼴을 설치했습니다. 다시 실행하니 잘 됩니다.');
    expect(lines[4]).toContain('세 곳 모두 잘 됩니다');
    expect(lines[5]).toContain('결과가 그대로입니다');
    expect(lines[6]).toContain('실행되지 않습니다');
    expect(lines[7]).toContain('세 곳 모두 잘 됩니다');
  });
});

describe('scene links', () => {
  const read = (payload: string) => readScene(`?scene=works-on-my-machine.1.${payload}`, 'works-on-my-machine', codec);

  it('open the exact moment', () => {
    const opened = read('d_b1_220');
    expect(opened.status).toBe('ok');
    if (opened.status !== 'ok') return;
    expect(opened.scene.entries.map((entry) => entry.event)).toEqual([
      { type: 'run', mode: 'docker' },
      { type: 'build', build: 'arm64' },
      { type: 'set', machine: 'server', item: 'font', value: 'yes' },
    ]);
  });

  it('are not offered for a scene too long to open again', () => {
    const entries = Array.from({ length: 201 }, () => ({ at: 0, event: { type: 'run', mode: 'docker' } as const }));
    expect(() => codec.encode({ entries, at: 0 })).toThrow();
  });

  it.each([
    ['running twice the same way', 'd_d'],
    ['a version already installed', '002'],
    ['a machine that does not exist', '900'],
    ['an option that does not exist', '009'],
    ['a build that does not exist', 'b7'],
    ['an unknown token', 'reset'],
  ])('refuse %s politely', (_, payload) => {
    expect(read(payload)).toEqual({ status: 'invalid' });
  });
});
