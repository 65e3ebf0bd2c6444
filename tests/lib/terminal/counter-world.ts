import type { Simulation } from '@/lib/simulations/kernel';
import type { CommandResult, NestedShell, Program, TerminalWorld } from '@/lib/terminal/program';

// A world small enough to read in one go, for the shell's tests: a counter that only goes up to 3,
// a clock that ticks it along while `running`, and a program `count` over it.

export type CounterState = { readonly value: number; readonly running: boolean };
export type CounterEvent = { readonly type: 'up' } | { readonly type: 'start' } | { readonly type: 'tick' };

export const counterSimulation: Simulation<CounterState, CounterEvent> = {
  id: 'counter',
  initial: () => ({ value: 0, running: false }),
  transition(state, event) {
    if (event.type === 'start') return state.running ? state : { ...state, running: true };
    if (event.type === 'tick' && !state.running) return state;
    return state.value >= 3 ? state : { ...state, value: state.value + 1 };
  },
  narrate: (state) => `카운터는 ${state.value}입니다.`,
  transcript: () => ['카운터가 0에서 3까지 올라갑니다.'],
  still: () => ({ value: 3, running: false }),
  clock: { event: { type: 'tick' }, step: 1, realMs: 1000, runs: (state) => state.running && state.value < 3 },
};

const fail = (text: string): CommandResult<CounterState, CounterEvent> => ({
  events: [],
  exitCode: 1,
  output: [
    { stream: 'stderr', text },
    { stream: 'hint', text: '한국어 설명' },
  ],
});

const inner: NestedShell<CounterState, CounterEvent> = {
  prompt: '/ # ',
  run(state, argv) {
    if (argv[0] === 'exit') return { events: [], output: [], exitCode: 0, exit: true };
    if (argv[0] === 'value') return { events: [], output: [{ stream: 'stdout', text: String(state.value) }], exitCode: 0 };
    return { events: [], output: [{ stream: 'stderr', text: `sh: ${argv[0]}: not found` }], exitCode: 127 };
  },
};

export const countProgram: Program<CounterState, CounterEvent> = {
  name: 'count',
  run(state, argv, context) {
    const [command, ...rest] = argv;
    if (command === 'up') {
      if (state.value >= 3) return fail('count: already at 3');
      const after = counterSimulation.transition(state, { type: 'up' }, context.now);
      return { events: [{ type: 'up' }], output: [{ stream: 'stdout', text: String(after.value) }], exitCode: 0 };
    }
    if (command === 'show') return { events: [], output: [{ stream: 'stdout', text: String(state.value) }], exitCode: 0 };
    if (command === 'args')
      return { events: [], output: rest.map((text) => ({ stream: 'stdout', text: `[${text}]` })), exitCode: 0 };
    if (command === 'where')
      return { events: [], output: [{ stream: 'stdout', text: `${context.cwd} ${context.env.NAME ?? '-'}` }], exitCode: 0 };
    if (command === 'watch')
      return {
        events: [{ type: 'start' }],
        output: [{ stream: 'stdout', text: `watching ${state.value}` }],
        exitCode: 0,
        // Ctrl+C bumps the counter once, so a test can see the interrupt reach the world.
        interrupt: [{ type: 'up' }],
        follow: (before, after) => (before.value === after.value ? [] : [{ stream: 'stdout', text: `now ${after.value}` }]),
      };
    if (command === 'shell') return { events: [], output: [], exitCode: 0, enter: inner };
    return fail(`count: unknown command "${command ?? ''}"`);
  },
  complete(state, argv) {
    if (argv.length <= 1) return ['up', 'show', 'args', 'where', 'watch', 'shell'];
    return argv[0] === 'args' ? ['--verbose', '--version', `value-${state.value}`] : [];
  },
};

export const counterWorld: TerminalWorld<CounterState, CounterEvent> = {
  id: 'counter',
  simulation: counterSimulation,
  programs: [countProgram],
  shell: { cwd: '/home/user/myapp', env: { NAME: 'web' }, directories: ['/home/user/myapp/config', '/home/user/other'] },
};
