import { editDistance } from '../edit-distance';
import { builtinSummaries, builtins, isBuiltin, type ShellView } from './builtins';
import { displayPath, withParents } from './paths';
import type { Follow, NestedShell, OutputLine, Program, ShellContext, TerminalWorld } from './program';
import { expand, lex, type Command } from './tokenize';

// The shell as a pure function: (session, typed line, world state) → (session, lines, events).
// The terminal view keeps no rule of its own; it prints what this returns and sends the events to
// the simulation, which is why the same line always does the same thing in a test and on a page.

/** A line in the log: what a program printed, or what the reader typed after a prompt. */
export type TerminalLine = OutputLine | { readonly stream: 'input'; readonly prompt: string; readonly text: string };

export interface Session<S, E> {
  readonly cwd: string;
  readonly oldCwd: string | null;
  readonly env: Readonly<Record<string, string>>;
  readonly history: readonly string[];
  /** The lines typed so far of a command that continues (`\`, an open quote, a trailing `&&`). */
  readonly pending: string | null;
  readonly lastExit: number;
  /** A command that keeps printing (`logs -f`, `get -w`) until Ctrl+C. */
  readonly follow: Follow<S> | null;
  /** What Ctrl+C sends to the world when it ends the follow (a foreground server stops). */
  readonly onInterrupt: readonly E[];
  /** A shell inside a container, until it exits. */
  readonly nested: NestedShell<S, E> | null;
  /** Commands started with a trailing `&` that keep running (`kubectl port-forward … &`); absent: none. */
  readonly jobs?: readonly BackgroundJob<S>[];
}

/** A background job: bash's job number and PID, and what it keeps printing to the terminal. */
export interface BackgroundJob<S> {
  readonly id: number;
  readonly pid: number;
  readonly line: string;
  readonly follow: Follow<S>;
}

export interface Step<S, E> {
  readonly session: Session<S, E>;
  /** What to print; after `clear`, only what came after it. */
  readonly output: readonly TerminalLine[];
  /** The events the commands answered with, in order, for the simulation. */
  readonly events: readonly E[];
  /** The world state those events lead to (the simulation's own transition applied). */
  readonly state: S;
  /** Whether the log is to be emptied before `output` is printed. */
  readonly clear: boolean;
}

const defaultHome = '/home/user';

export function createSession<S, E>(world: TerminalWorld<S, E>): Session<S, E> {
  return {
    cwd: world.shell.cwd,
    oldCwd: null,
    env: { HOME: defaultHome, USER: 'user', HOSTNAME: 'host', ...world.shell.env },
    history: [],
    pending: null,
    lastExit: 0,
    follow: null,
    onInterrupt: [],
    nested: null,
  };
}

/** The part of a session that variables read. */
type Vars = Pick<Session<unknown, unknown>, 'env' | 'cwd' | 'oldCwd' | 'lastExit'>;

const homeOf = (session: Vars) => session.env.HOME ?? defaultHome;

/** What precedes the cursor: bash's `\u@\h:\w$ `, `> ` for a continued line, nothing while following. */
export function promptOf<S, E>(session: Session<S, E>): string {
  if (session.follow) return '';
  if (session.pending !== null) return '> ';
  if (session.nested) return session.nested.prompt;
  const { USER = 'user', HOSTNAME = 'host' } = session.env;
  return `${USER}@${HOSTNAME}:${displayPath(session.cwd, homeOf(session))}$ `;
}

function lookup(session: Vars, name: string): string | undefined {
  if (name === '?') return String(session.lastExit);
  if (name === '0') return 'bash';
  if (name === 'PWD') return session.cwd;
  if (name === 'OLDPWD') return session.oldCwd ?? undefined;
  if (/^[1-9]$/.test(name)) return undefined;
  return session.env[name];
}

/** Every name a command line may start with: built-ins, then the world's programs. */
export function commandNames<S, E>(world: TerminalWorld<S, E>): string[] {
  return [...Object.keys(builtins), ...world.programs.map((program) => program.name)];
}

function notFound(name: string, known: readonly string[]): OutputLine[] {
  const nearest = known
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .filter(({ distance }) => distance > 0 && distance <= 2 && distance < name.length)
    .sort((a, b) => a.distance - b.distance)[0];
  return [
    { stream: 'stderr', text: `bash: ${name}: command not found` },
    nearest
      ? { stream: 'hint', text: `혹시 ${nearest.candidate} 명령을 입력하려고 했나요? 철자를 확인해 다시 입력해 보세요.` }
      : { stream: 'hint', text: '이 터미널에 없는 명령입니다. help를 입력하면 쓸 수 있는 명령을 볼 수 있습니다.' },
  ];
}

/** `help`, from the world's programs: each one's commands come from its own completion. */
export function helpLines<S, E>(world: TerminalWorld<S, E>, state: S): OutputLine[] {
  const lines: OutputLine[] = [{ stream: 'stdout', text: '이 터미널에서 쓸 수 있는 명령입니다.' }];
  for (const program of world.programs) {
    const commands = program.complete(state, ['']).filter((word) => !word.startsWith('-'));
    lines.push({ stream: 'stdout', text: `  ${program.name} ${commands.join(', ')}` });
  }
  lines.push({ stream: 'stdout', text: '셸 명령:' });
  for (const [name, summary] of Object.entries(builtinSummaries)) {
    lines.push({ stream: 'stdout', text: `  ${name.padEnd(8)} ${summary}` });
  }
  lines.push(
    { stream: 'stdout', text: '키: Tab 자동 완성, ↑/↓ 이전 명령, Ctrl+C 멈추기, Ctrl+L 화면 지우기' },
    {
      stream: 'stdout',
      text: '파이프(|), 리디렉션(>), 세미콜론(;)은 지원하지 않습니다. 명령은 &&로 이을 수 있고, 계속 실행되는 명령(kubectl port-forward 등)은 끝에 &를 붙여 뒤에서 실행할 수 있습니다.',
    },
  );
  return lines;
}

/** The directories `cd` can enter. */
export function directoriesOf<S, E>(world: TerminalWorld<S, E>, session: Session<S, E>): Set<string> {
  return withParents([world.shell.cwd, homeOf(session), ...(world.shell.directories ?? [])]);
}

const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

// A leading `NAME=value` word is an assignment only when its name part was typed unquoted.
function assignmentOf(command: Command, index: number): boolean {
  const first = command[index]?.[0];
  return first?.kind === 'text' && !first.quoted && /^[A-Za-z_][A-Za-z0-9_]*=/.test(first.text);
}

type Outcome<S, E> = {
  output: OutputLine[];
  events: readonly E[];
  exitCode: number;
  follow?: Follow<S>;
  interrupt?: readonly E[];
  enter?: NestedShell<S, E>;
  exit?: boolean;
};

/** Runs one line the reader typed (or that a code block sent) against `state` at time `now`. */
export function submit<S, E>(
  session: Session<S, E>,
  line: string,
  world: TerminalWorld<S, E>,
  state: S,
  now: number,
): Step<S, E> {
  const echo: TerminalLine = { stream: 'input', prompt: promptOf(session), text: line };
  // While a command follows, typed text only shows on screen, as a terminal echoes it.
  if (session.follow) return { session, output: [echo], events: [], state, clear: false };

  const full = session.pending === null ? line : `${session.pending}\n${line}`;
  const lexed = lex(full);
  if (lexed.kind === 'incomplete')
    return { session: { ...session, pending: full }, output: [echo], events: [], state, clear: false };

  const remembered = full.replace(/\\\n/g, '').trim();
  let current: Session<S, E> = {
    ...session,
    pending: null,
    history: remembered === '' || session.history.at(-1) === remembered ? session.history : [...session.history, remembered],
  };
  if (lexed.kind === 'error') {
    return {
      session: { ...current, lastExit: lexed.exitCode },
      output: [echo, ...lexed.output],
      events: [],
      state,
      clear: false,
    };
  }

  let output: TerminalLine[] = [echo];
  let clear = false;
  const events: E[] = [];
  let worldState = state;
  for (const command of lexed.commands) {
    const at = current;
    const argv = expand(command, { lookup: (name) => lookup(at, name), home: homeOf(at) });
    let assignments = 0;
    while (assignments < argv.length && assignmentOf(command, assignments)) assignments += 1;
    const overrides = Object.fromEntries(
      argv.slice(0, assignments).map((word) => {
        const [, name = '', value = ''] = assignment.exec(word) ?? [];
        return [name, value];
      }),
    );
    const words = argv.slice(assignments);
    if (words.length === 0) {
      current = { ...current, env: { ...current.env, ...overrides }, lastExit: 0 };
      continue;
    }
    const context: ShellContext = { now, cwd: current.cwd, env: { ...current.env, ...overrides, PWD: current.cwd } };
    const outcome = runCommand(current, words, world, worldState, context);
    for (const event of outcome.events) {
      events.push(event);
      worldState = world.simulation.transition(worldState, event, now);
    }
    if ('cwd' in outcome && outcome.cwd !== undefined && outcome.cwd !== current.cwd)
      current = { ...current, oldCwd: current.cwd, cwd: outcome.cwd };
    if ('clear' in outcome && outcome.clear) {
      clear = true;
      output = [];
    }
    if ('forgetHistory' in outcome && outcome.forgetHistory) current = { ...current, history: [] };
    const last = command === lexed.commands.at(-1);
    if (outcome.follow && lexed.background && last) {
      // bash prints the job number and PID, and gives the prompt back; the job's output still comes here.
      const jobs = current.jobs ?? [];
      const job = {
        id: jobs.length + 1,
        pid: 4200 + 17 * (current.history.length + jobs.length),
        line: remembered,
        follow: outcome.follow,
      };
      current = { ...current, jobs: [...jobs, job], lastExit: 0 };
      output.push({ stream: 'stdout', text: `[${job.id}] ${job.pid}` }, ...outcome.output);
      break;
    }
    output.push(...outcome.output);
    current = { ...current, lastExit: outcome.exitCode };
    if (outcome.exit) current = { ...current, nested: null };
    if (outcome.enter) current = { ...current, nested: outcome.enter };
    if (lexed.background && last)
      output.push({
        stream: 'hint',
        text: '이 명령은 곧바로 끝나므로 &를 붙여도 앞에서 실행한 것과 같습니다. 이 터미널은 계속 실행되는 명령(kubectl port-forward, kubectl get -w 등)만 뒤에서 실행합니다.',
      });
    if (outcome.follow) current = { ...current, follow: outcome.follow, onInterrupt: outcome.interrupt ?? [] };
    // `&&` runs the next command only after a success; a follow or a nested shell holds the rest.
    if (outcome.exitCode !== 0 || outcome.follow || outcome.enter || outcome.exit) break;
  }
  return { session: current, output, events, state: worldState, clear };
}

function runCommand<S, E>(
  session: Session<S, E>,
  words: readonly string[],
  world: TerminalWorld<S, E>,
  state: S,
  context: ShellContext,
): Outcome<S, E> & { cwd?: string; clear?: boolean; forgetHistory?: boolean } {
  if (session.nested) {
    const result = session.nested.run(state, words, context);
    return { ...result, output: [...result.output] };
  }
  const [name = '', ...args] = words;
  if (isBuiltin(name)) {
    const view: ShellView = {
      cwd: session.cwd,
      oldCwd: session.oldCwd,
      home: homeOf(session),
      history: session.history,
      directories: directoriesOf(world, session),
      help: () => helpLines(world, state),
    };
    const result = builtins[name](args, view);
    return { ...result, output: [...result.output], events: [] };
  }
  const program: Program<S, E> | undefined = world.programs.find((candidate) => candidate.name === name);
  if (!program) return { output: notFound(name, commandNames(world)), events: [], exitCode: 127 };
  const result = program.run(state, args, context);
  return { ...result, output: [...result.output] };
}

/** Ctrl+C: ends a follow (sending what its command said Ctrl+C does), or drops a continued or typed line. */
export function interrupt<S, E>(
  session: Session<S, E>,
  typed: string,
): { session: Session<S, E>; output: TerminalLine[]; events: readonly E[] } {
  return {
    session: { ...session, follow: null, onInterrupt: [], pending: null, lastExit: 130 },
    output: [{ stream: 'input', prompt: promptOf(session), text: `${typed}^C` }],
    events: session.follow ? session.onInterrupt : [],
  };
}

/** What a follow, and every background job, prints when the world moves from `before` to `after`. */
export function followUp<S, E>(session: Session<S, E>, before: S, after: S, now: number): readonly OutputLine[] {
  if (before === after) return [];
  const jobs = (session.jobs ?? []).flatMap((job) => job.follow(before, after, now));
  return session.follow ? [...jobs, ...session.follow(before, after, now)] : jobs;
}

/** Several lines in order (a code block's commands), each seeing the state the last one left. */
export function submitAll<S, E>(
  session: Session<S, E>,
  lines: readonly string[],
  world: TerminalWorld<S, E>,
  state: S,
  now: number,
): Step<S, E> {
  let step: Step<S, E> = { session, output: [], events: [], state, clear: false };
  for (const line of lines) {
    const next = submit(step.session, line, world, step.state, now);
    step = {
      session: next.session,
      output: next.clear ? next.output : [...step.output, ...next.output],
      events: [...step.events, ...next.events],
      state: next.state,
      clear: step.clear || next.clear,
    };
  }
  return step;
}

/** ↑ and ↓ through the history: the index of the entry shown, null for the reader's own draft. */
export function browseHistory(history: readonly string[], index: number | null, direction: 'up' | 'down'): number | null {
  if (history.length === 0) return null;
  if (direction === 'up') return index === null ? history.length - 1 : Math.max(0, index - 1);
  if (index === null) return null;
  return index + 1 >= history.length ? null : index + 1;
}
