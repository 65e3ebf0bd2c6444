import { engineState, engineWorld, railsProject, type EngineEvent, type EngineState } from '@/lib/terminal/docker';
import { transition } from '@/lib/terminal/docker/engine-transition';
import type { CommandResult, ShellContext, TerminalWorld } from '@/lib/terminal/program';

// Runs command lines against a world the way the terminal does: each result's events go through
// the world's own transition at the same `now`, and the next command sees the state they led to.

export type World = TerminalWorld<EngineState, EngineEvent>;

export type Step<S = EngineState, E = EngineEvent> = {
  argv: readonly string[];
  result: CommandResult<S, E>;
  before: S;
  after: S;
};

export type Player<S = EngineState, E = EngineEvent> = {
  state: S;
  now: number;
  cwd: string;
  steps: Step<S, E>[];
  run(line: string | readonly string[], options?: { at?: number; cwd?: string }): Step<S, E>;
  /** stdout and stderr text of the last step, hints left out. */
  text(): string[];
  hints(): string[];
};

/** Splits a command line on spaces, keeping quoted words whole (enough for tests). */
export function words(line: string, env: Readonly<Record<string, string>> = {}): string[] {
  const out: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let current = '';
  let last = -1;
  for (const match of line.matchAll(pattern)) {
    const index = match.index ?? 0;
    const piece = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\$(\w+)/g, (_, name: string) =>
      match[2] === undefined ? (env[name] ?? '') : `$${name}`,
    );
    if (last === index && current !== '') current += piece;
    else {
      if (last !== -1) out.push(current);
      current = piece;
    }
    last = index + match[0].length;
  }
  if (last !== -1) out.push(current);
  return out;
}

export function player<S = EngineState, E = EngineEvent>(world: TerminalWorld<S, E>, start = 0): Player<S, E> {
  const self: Player<S, E> = {
    state: world.simulation.initial(),
    now: start,
    cwd: world.shell.cwd,
    steps: [],
    run(line, options = {}) {
      if (options.at !== undefined) self.now = options.at;
      if (options.cwd !== undefined) self.cwd = options.cwd;
      const context: ShellContext = { now: self.now, cwd: self.cwd, env: { ...world.shell.env, PWD: self.cwd } };
      const argv = typeof line === 'string' ? words(line, context.env) : line;
      const program = world.programs.find((candidate) => candidate.name === argv[0]);
      if (!program) throw new Error(`no program ${argv[0]}`);
      const before = self.state;
      const result = program.run(before, argv.slice(1), context);
      let after = before;
      for (const event of result.events) after = world.simulation.transition(after, event, self.now);
      self.state = after;
      const step = { argv, result, before, after };
      self.steps.push(step);
      return step;
    },
    text: () => (self.steps.at(-1)?.result.output ?? []).filter((line) => line.stream !== 'hint').map((line) => line.text),
    hints: () => (self.steps.at(-1)?.result.output ?? []).filter((line) => line.stream === 'hint').map((line) => line.text),
  };
  return self;
}

/**
 * An engine world with chapter 3's project folder and the myapp image built there, for the
 * engine's own build, push and compose (chapters 3 and 4 run on their widgets' simulations).
 */
export const railsWorld: World = engineWorld(
  'rails',
  () =>
    [
      { type: 'pull', reference: { repository: 'ruby', tag: '3.4-slim-trixie' } },
      { type: 'build', reference: { repository: 'myapp', tag: 'latest' } },
    ].reduce<EngineState>((state, event) => transition(state, event as EngineEvent, 0), engineState(railsProject)),
  '/home/user/myapp',
);
