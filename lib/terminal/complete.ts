import { resolvePath } from './paths';
import type { TerminalWorld } from './program';
import { commandNames, directoriesOf, type Session } from './session';
import { expand, lex } from './tokenize';

// Tab, as bash's readline does it: one candidate completes the word (and adds a space), several
// complete their common prefix, and when there is nothing more to add, they are listed.

export interface Completion {
  /** The input line after Tab. */
  readonly input: string;
  /** Candidates to list when Tab could not decide; empty otherwise. */
  readonly options: readonly string[];
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function candidatesFor<S, E>(
  session: Session<S, E>,
  before: readonly string[],
  word: string,
  world: TerminalWorld<S, E>,
  state: S,
) {
  if (session.nested || session.follow) return [];
  const [name, ...args] = before;
  if (name === undefined) return commandNames(world);
  if (name === 'cd') {
    // Directories below the one the typed part points into, shown the way they were typed.
    const slash = word.lastIndexOf('/');
    const typedParent = slash < 0 ? '' : word.slice(0, slash + 1);
    const home = session.env.HOME ?? '/home/user';
    const parent = resolvePath(session.cwd, (typedParent.startsWith('~') ? home + typedParent.slice(1) : typedParent) || '.');
    return [...directoriesOf(world, session)]
      .filter((path) => path !== parent && resolvePath(path, '..') === parent)
      .map((path) => `${typedParent}${path.slice(parent === '/' ? 1 : parent.length + 1)}/`);
  }
  const program = world.programs.find((candidate) => candidate.name === name);
  return program ? program.complete(state, [...args, word]) : [];
}

export function complete<S, E>(session: Session<S, E>, input: string, world: TerminalWorld<S, E>, state: S): Completion {
  const none = { input, options: [] };
  // Only the last command after `&&` matters, and only its last, unfinished word is completed.
  const last = input.lastIndexOf('&&');
  const command = last < 0 ? input : input.slice(last + 2);
  const start = Math.max(command.lastIndexOf(' '), command.lastIndexOf('\t')) + 1;
  const word = command.slice(start);
  if (/['"\\$]/.test(word)) return none;
  const lexed = lex(command.slice(0, start));
  if (lexed.kind !== 'commands') return none;
  const words = lexed.commands[0] ?? [];
  const before = expand(words, { lookup: (name) => session.env[name], home: session.env.HOME ?? '/home/user' });
  const matches = [...new Set(candidatesFor(session, before, word, world, state))].filter((candidate) =>
    candidate.startsWith(word),
  );
  if (matches.length === 0) return none;
  const head = input.slice(0, input.length - word.length);
  if (matches.length === 1) {
    const [only = ''] = matches;
    return { input: head + only + (/[/=]$/.test(only) ? '' : ' '), options: [] };
  }
  const prefix = commonPrefix(matches);
  if (prefix.length > word.length) return { input: head + prefix, options: [] };
  return { input, options: matches.sort() };
}
