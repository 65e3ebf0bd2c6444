import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  machines,
  narrate,
  outcome,
  runApp,
  transcript,
  transition,
  type WorksOnMyMachineEvent,
  type WorksOnMyMachineState,
} from '@/lib/simulations/works-on-my-machine';

const apply = (state: WorksOnMyMachineState, ...events: WorksOnMyMachineEvent[]) =>
  events.reduce((current, event, index) => transition(current, event, (index + 1) * 1000), state);
const initial = createInitialState();
const ranInstalled = () => apply(initial, { type: 'run', mode: 'installed' });

describe('running the app as installed', () => {
  it('matches the chapter table: the Mac works, Windows fails at install, the server breaks the PDF', () => {
    const state = ranInstalled();
    expect(outcome(state, 'mac')?.works).toBe(true);
    expect(outcome(state, 'windows')?.firstFailure).toMatchObject({ id: 'install', item: 'ruby' });
    expect(outcome(state, 'windows')?.checks.slice(1).every((check) => check.status === 'skipped')).toBe(true);
    expect(outcome(state, 'server')?.firstFailure).toMatchObject({ id: 'pdf', item: 'font' });
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
    const state = transition(ranInstalled(), { type: 'set', machine: 'mac', item, value }, 5000);
    expect(outcome(state, 'mac')?.firstFailure?.id).toBe(check);
    expect(outcome(state, 'mac')?.firstFailure?.reason).toContain(reason);
    expect(narrate(state)).toContain('다시 실행하니');
    expect(state.ranAt).toEqual({ mac: 5000, windows: 1000, server: 1000 });
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
    const result = runApp({ ruby: '3.3', vips: '8.16', font: 'none', database: 'postgres-17' });
    expect(result.checks.map((check) => check.status)).toEqual(['ok', 'ok', 'ok', 'fail']);
  });
});

describe('running with Docker', () => {
  it('makes all three succeed with the same image, whatever they have installed', () => {
    let state = apply(initial, { type: 'run', mode: 'docker' });
    for (const machine of machines) expect(outcome(state, machine.id)?.works).toBe(true);
    expect(narrate(state)).toContain('myteam/app:1.0 이미지');
    state = apply(state, { type: 'set', machine: 'server', item: 'database', value: 'none' }, { type: 'set', machine: 'mac', item: 'ruby', value: '3.1' });
    for (const machine of machines) expect(outcome(state, machine.id)?.works).toBe(true);
    expect(narrate(state)).toContain('이미지에 든 것을 쓰므로 그대로 잘 됩니다');
  });

  it('switching back to installed brings the machines’ own problems back', () => {
    const state = apply(initial, { type: 'run', mode: 'docker' }, { type: 'run', mode: 'installed' });
    expect(outcome(state, 'windows')?.works).toBe(false);
  });
});

describe('rejected events return the same state object', () => {
  const rows: Array<[string, () => WorksOnMyMachineState, WorksOnMyMachineEvent]> = [
    ['running again the way it already runs', ranInstalled, { type: 'run', mode: 'installed' }],
    ['choosing the version already installed', () => initial, { type: 'set', machine: 'mac', item: 'ruby', value: '3.3' }],
    ['a version that is not offered', () => initial, { type: 'set', machine: 'mac', item: 'ruby', value: '2.7' }],
    ['an unknown machine', () => initial, { type: 'set', machine: 'linux' as 'mac', item: 'ruby', value: '3.1' }],
    ['resetting the initial state', () => initial, { type: 'reset' }],
  ];
  it.each(rows)('%s', (_, given, event) => {
    const before = given();
    expect(transition(before, event, 99)).toBe(before);
  });
});

describe('reset and transcript', () => {
  it('reset returns to the machines as they came', () => {
    const state = apply(ranInstalled(), { type: 'set', machine: 'mac', item: 'font', value: 'none' }, { type: 'reset' });
    expect(state).toEqual({ ...createInitialState(), step: { type: 'reset' } });
  });

  it('the transcript tells the whole lesson: failures, a fix, Docker, and a change that no longer matters', () => {
    const lines = transcript();
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('코드는 같은데 설치된 것이 달라서 결과가 다릅니다');
    expect(lines[2]).toBe('운영 서버에 한글 글꼴을 설치했습니다. 다시 실행하니 잘 됩니다.');
    expect(lines[4]).toContain('세 곳 모두 잘 됩니다');
    expect(lines[5]).toContain('그대로 잘 됩니다');
  });
});
