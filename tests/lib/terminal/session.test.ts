import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complete } from '@/lib/terminal/complete';
import {
  browseHistory,
  createSession,
  followUp,
  interrupt,
  promptOf,
  submit,
  submitAll,
  type Step,
} from '@/lib/terminal/session';
import { counterSimulation, counterWorld, type CounterEvent, type CounterState } from './counter-world';

const fresh = () => createSession(counterWorld);
const run = (lines: string[], state = counterSimulation.initial()) => submitAll(fresh(), lines, counterWorld, state, 0);
const printed = (step: Step<CounterState, CounterEvent>) =>
  step.output
    .filter((line) => line.stream !== 'input')
    .map((line) => (line.stream === 'stdout' ? line.text : `${line.stream}: ${line.text}`));

describe('the session runs a line against the world', () => {
  it("shows bash's prompt with ~ for the home directory, and echoes the line after it", () => {
    const session = fresh();
    expect(promptOf(session)).toBe('user@host:~/myapp$ ');
    const step = submit(session, 'pwd', counterWorld, counterSimulation.initial(), 0);
    expect(step.output[0]).toEqual({ stream: 'input', prompt: 'user@host:~/myapp$ ', text: 'pwd' });
    expect(printed(step)).toEqual(['/home/user/myapp']);
  });

  it("sends a program's events through the simulation and threads the state through &&", () => {
    const step = run(['count up && count up && count show']);
    expect(step.events).toEqual([{ type: 'up' }, { type: 'up' }]);
    expect(step.state.value).toBe(2);
    expect(printed(step)).toEqual(['1', '2', '2']);
  });

  it('stops an && chain at the first failure and keeps its exit code in $?', () => {
    const step = run(['count up && count up && count up && count up && count show', 'echo $?']);
    expect(printed(step)).toEqual(['1', '2', '3', 'stderr: count: already at 3', 'hint: 한국어 설명', '1']);
  });

  it('changes directory and expands $PWD and $OLDPWD when each command runs', () => {
    const step = run(['cd config && echo "$PWD"', 'cd .. && pwd', 'cd - && cd ~ && pwd', 'count where']);
    expect(printed(step)).toEqual([
      '/home/user/myapp/config',
      '/home/user/myapp',
      '/home/user/myapp/config',
      '/home/user',
      '/home/user web',
    ]);
    expect(promptOf(step.session)).toBe('user@host:~$ ');
  });

  it("refuses a directory that is not there with bash's words", () => {
    expect(printed(run(['cd nowhere']))).toEqual([
      'stderr: bash: cd: nowhere: No such file or directory',
      expect.stringMatching(/^hint: /),
    ]);
    expect(printed(run(['cd a b']))[0]).toBe('stderr: bash: cd: too many arguments');
    expect(printed(run(['cd -']))[0]).toBe('stderr: bash: cd: OLDPWD not set');
  });

  it('says command not found, with the nearest name it knows', () => {
    expect(printed(run(['cuont show']))).toEqual([
      'stderr: bash: cuont: command not found',
      'hint: 혹시 count 명령을 입력하려고 했나요? 철자를 확인해 다시 입력해 보세요.',
    ]);
    expect(printed(run(['zzzzzz']))[1]).toMatch(/help/);
    expect(run(['zzzzzz', 'echo $?']).output.at(-1)).toEqual({ stream: 'stdout', text: '127' });
  });

  it('assigns variables, alone or for one command', () => {
    expect(printed(run(['NAME=api count where', 'count where', 'GREETING="hi there"', 'echo "$GREETING"']))).toEqual([
      '/home/user/myapp api',
      '/home/user/myapp web',
      'hi there',
    ]);
    expect(printed(run(['"NAME=x"']))[0]).toBe('stderr: bash: NAME=x: command not found');
  });

  it('keeps the history as bash does: numbered, without repeats or blank lines', () => {
    const step = run(['count show', 'count show', '', 'pwd', 'history']);
    expect(printed(step)).toEqual(['0', '0', '/home/user/myapp', '    1  count show', '    2  pwd', '    3  history']);
    expect(step.session.history).toEqual(['count show', 'pwd', 'history']);
    expect(run(['pwd', 'history -c', 'history']).session.history).toEqual(['history']);
  });

  it('continues a line after \\ with the > prompt, and remembers it as one command', () => {
    const first = submit(fresh(), 'count args one \\', counterWorld, counterSimulation.initial(), 0);
    expect(promptOf(first.session)).toBe('> ');
    const second = submit(first.session, '  "two three"', counterWorld, first.state, 0);
    expect(second.output[0]).toEqual({ stream: 'input', prompt: '> ', text: '  "two three"' });
    expect(printed(second)).toEqual(['[one]', '[two three]']);
    expect(second.session.history).toEqual(['count args one   "two three"']);
  });

  it('clears the log, keeping only what comes after clear', () => {
    const step = run(['echo before', 'echo a && clear && echo after']);
    expect(step.clear).toBe(true);
    expect(printed(step)).toEqual(['after']);
  });

  it('prints a Korean help built from the programs, including their commands', () => {
    const lines = printed(run(['help']));
    expect(lines[0]).toBe('이 터미널에서 쓸 수 있는 명령입니다.');
    expect(lines).toContain('  count up, show, args, where, watch, shell');
    expect(lines.some((line) => line.startsWith('  cd '))).toBe(true);
  });

  it('follows until Ctrl+C, printing what the follow returns for each new state', () => {
    const step = run(['count watch']);
    expect(step.events).toEqual([{ type: 'start' }]);
    expect(promptOf(step.session)).toBe('');
    const ticked = counterSimulation.transition(step.state, { type: 'tick' }, 1);
    expect(followUp(step.session, step.state, ticked, 1)).toEqual([{ stream: 'stdout', text: 'now 1' }]);
    expect(followUp(step.session, ticked, ticked, 2)).toEqual([]);
    // Typed text while following only shows; it does not run.
    const typed = submit(step.session, 'count up', counterWorld, ticked, 1);
    expect(typed.events).toEqual([]);
    const stopped = interrupt(typed.session, '');
    expect(stopped.output).toEqual([{ stream: 'input', prompt: '', text: '^C' }]);
    expect(stopped.session.follow).toBeNull();
    expect(stopped.events).toEqual([{ type: 'up' }]);
    expect(interrupt(stopped.session, '').events).toEqual([]);
    expect(promptOf(stopped.session)).toBe('user@host:~/myapp$ ');
    expect(followUp(stopped.session, ticked, counterSimulation.transition(ticked, { type: 'tick' }, 2), 2)).toEqual([]);
  });

  it('drops a half-typed or continued line on Ctrl+C', () => {
    const pending = submit(fresh(), 'echo "open', counterWorld, counterSimulation.initial(), 0).session;
    const stopped = interrupt(pending, 'still');
    expect(stopped.output).toEqual([{ stream: 'input', prompt: '> ', text: 'still^C' }]);
    expect(promptOf(stopped.session)).toBe('user@host:~/myapp$ ');
    expect(submit(stopped.session, 'echo $?', counterWorld, counterSimulation.initial(), 0).output.at(-1)?.text).toBe('130');
  });

  it("runs a nested shell's prompt until it exits", () => {
    const step = run(['count up', 'count shell', 'value', 'pwd', 'exit', 'pwd']);
    expect(printed(step)).toEqual(['1', '1', 'stderr: sh: pwd: not found', '/home/user/myapp']);
    const prompts = step.output.flatMap((line) => (line.stream === 'input' ? [line.prompt] : []));
    expect(prompts).toEqual(['user@host:~/myapp$ ', 'user@host:~/myapp$ ', '/ # ', '/ # ', '/ # ', 'user@host:~/myapp$ ']);
  });

  it('steps through the history with ↑ and ↓, back to the draft', () => {
    const history = ['a', 'b', 'c'];
    expect(browseHistory(history, null, 'up')).toBe(2);
    expect(browseHistory(history, 0, 'up')).toBe(0);
    expect(browseHistory(history, 1, 'down')).toBe(2);
    expect(browseHistory(history, 2, 'down')).toBeNull();
    expect(browseHistory([], null, 'up')).toBeNull();
  });

  it("never throws, and the state only ever moves by the simulation's own transition", () => {
    const word = fc.constantFrom(
      'count',
      'up',
      'show',
      'watch',
      'shell',
      'exit',
      'cd',
      '..',
      'config',
      'echo',
      '$?',
      '"a b"',
      "'",
      '\\',
      '&&',
      '|',
      'history',
      'clear',
      'help',
      'pwd',
      'X=1',
      '~',
      '#',
      '-',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(word, { maxLength: 6 }).map((parts) => parts.join(' ')),
          { maxLength: 8 },
        ),
        (lines) => {
          let session = fresh();
          let state = counterSimulation.initial();
          for (const line of lines) {
            const step = submit(session, line, counterWorld, state, 0);
            const replayed = step.events.reduce((current, event) => counterSimulation.transition(current, event, 0), state);
            expect(step.state).toEqual(replayed);
            expect(step.state.value).toBeLessThanOrEqual(3);
            complete(step.session, line, counterWorld, step.state);
            session = step.session.follow ? interrupt(step.session, '').session : step.session;
            state = step.state;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Tab completes commands, directories and what the program offers', () => {
  const state = counterSimulation.initial();
  it('completes a command name and adds a space', () => {
    expect(complete(fresh(), 'cou', counterWorld, state)).toEqual({ input: 'count ', options: [] });
    expect(complete(fresh(), 'h', counterWorld, state)).toEqual({ input: 'h', options: ['help', 'history'] });
    expect(complete(fresh(), 'hi', counterWorld, state)).toEqual({ input: 'history ', options: [] });
  });

  it('asks the program for its words, completes a common prefix, then lists', () => {
    expect(complete(fresh(), 'count w', counterWorld, state)).toEqual({ input: 'count w', options: ['watch', 'where'] });
    expect(complete(fresh(), 'count args --v', counterWorld, state)).toEqual({ input: 'count args --ver', options: [] });
    expect(complete(fresh(), 'count args v', counterWorld, state)).toEqual({ input: 'count args value-0 ', options: [] });
    expect(complete(fresh(), 'pwd && count she', counterWorld, state).input).toBe('pwd && count shell ');
  });

  it('completes directories for cd, without a trailing space', () => {
    expect(complete(fresh(), 'cd c', counterWorld, state)).toEqual({ input: 'cd config/', options: [] });
    expect(complete(fresh(), 'cd ../o', counterWorld, state)).toEqual({ input: 'cd ../other/', options: [] });
    expect(complete(fresh(), 'cd ~/', counterWorld, state)).toEqual({ input: 'cd ~/', options: ['~/myapp/', '~/other/'] });
  });

  it('leaves the line alone when nothing fits', () => {
    expect(complete(fresh(), 'zz', counterWorld, state)).toEqual({ input: 'zz', options: [] });
    expect(complete(fresh(), 'echo "co', counterWorld, state)).toEqual({ input: 'echo "co', options: [] });
  });
});
