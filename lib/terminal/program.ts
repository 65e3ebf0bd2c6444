import type { Simulation } from '../simulations/kernel';

// The contract between the terminal and the command-line programs it runs (`docker`, `kubectl`).
// A program is pure, like a simulation: it reads the simulation's state and a parsed command line,
// and answers with the events to send to that same simulation and the lines to print. The terminal
// sends the events through the simulation's own `transition`, so a command typed here and a button
// pressed in the widget change one state, and the widget's picture follows the terminal.

/** One printed line. `hint` is the Korean explanation under a real tool's error. */
export type OutputLine = { readonly stream: 'stdout' | 'stderr' | 'hint'; readonly text: string };

/** The shell around a command: what `cd`, `$PWD` and `-e` read. */
export interface ShellContext {
  /** Simulated time, in the simulation's own unit (see kernel.ts). */
  readonly now: number;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
}

/**
 * A command that keeps running after it returns (`docker logs -f`, `kubectl get pods -w`): the
 * terminal calls it after every later state until the reader presses Ctrl+C, and prints what it
 * returns. It must return [] when nothing it watches changed.
 */
export type Follow<S> = (before: S, after: S, now: number) => readonly OutputLine[];

/**
 * A shell inside a container (`docker run -it … sh`, `docker exec -it web sh`): the terminal shows
 * its prompt and sends each line to it until it answers `exit: true`.
 */
export interface NestedShell<S, E> {
  readonly prompt: string;
  run(state: S, argv: readonly string[], context: ShellContext): CommandResult<S, E> & { readonly exit?: boolean };
}

export interface CommandResult<S, E> {
  /** Sent in order through the simulation's transition; [] for a command that only reads. */
  readonly events: readonly E[];
  /** Printed at once, in order. Derived from the state the events lead to, never guessed. */
  readonly output: readonly OutputLine[];
  /** 0 for success, as the real tool exits (docker: 125 for its own errors, 1 otherwise). */
  readonly exitCode: number;
  readonly follow?: Follow<S>;
  /**
   * Sent through the transition when the reader presses Ctrl+C to end `follow`: what the
   * interrupt does to the world (a foreground `docker run --rm` server stops and is removed).
   */
  readonly interrupt?: readonly E[];
  readonly enter?: NestedShell<S, E>;
}

export interface Program<S, E> {
  /** The word that starts the command line: "docker", "kubectl". */
  readonly name: string;
  /** `argv` excludes the program's own name. Must never throw: bad input is an error result. */
  run(state: S, argv: readonly string[], context: ShellContext): CommandResult<S, E>;
  /** Words that may complete the last word of `argv` (commands, flags, names of things in `state`). */
  complete(state: S, argv: readonly string[]): readonly string[];
}

/**
 * What a chapter's terminal runs against. When a widget shows the same world, `simulation` is that
 * widget's own simulation (the same object, so the terminal and the widget share one state); a
 * chapter without such a widget gets a world simulation of its own that follows the same contract.
 */
export interface TerminalWorld<S, E> {
  /** The name MDX uses: `<Terminal world="kubernetes" />`. */
  readonly id: string;
  readonly simulation: Simulation<S, E>;
  readonly programs: readonly Program<S, E>[];
  /** The shell's starting directory and variables (`~/myapp`, `$PWD`; `$HOME` defaults to /home/user). */
  readonly shell: {
    readonly cwd: string;
    readonly env: Readonly<Record<string, string>>;
    /** Directories `cd` may enter besides `cwd`, `$HOME` and their parents (`/home/user/myapp`). */
    readonly directories?: readonly string[];
  };
}
