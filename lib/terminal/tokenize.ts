import type { OutputLine } from './program';

// The part of bash's grammar a reader's commands need: words, single and double quotes, backslash
// escapes and `\` line continuation, `$VAR`, `${VAR}` and `$?`, `~`, `#` comments, `&&`, and one
// `&` at the very end of a line (the last command runs in the background).
// Lexing and expansion are two steps, as in bash: `cd myapp && echo "$PWD"` expands `$PWD` only
// when `echo` runs, after `cd` has changed it. Everything else bash would run (pipes, redirects,
// `;`, `$(…)`) is refused with a line that says so; a real syntax error gets bash's own text.

/** A piece of a word: literal text or a variable, and whether quotes protect it from splitting. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string; readonly quoted: boolean }
  | { readonly kind: 'variable'; readonly name: string; readonly quoted: boolean }
  | { readonly kind: 'tilde' };

export type Word = readonly Segment[];
/** One simple command: its words before expansion. */
export type Command = readonly Word[];

export type Lexed =
  | {
      readonly kind: 'commands';
      readonly commands: readonly Command[];
      /** The line ended with `&`: its last command runs as a background job. */
      readonly background?: true;
    }
  /** An open quote, a trailing `\` or a trailing `&&`: bash asks for the next line (`> `). */
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'error'; readonly output: readonly OutputLine[]; readonly exitCode: number };

const blank = new Set([' ', '\t', '\n']);
const nameStart = /[A-Za-z_]/;
const nameChar = /[A-Za-z0-9_]/;

const unsupported: Record<string, string> = {
  '|': '파이프(|)',
  '||': '||',
  ';': '세미콜론(;)',
  '&': '백그라운드 실행(&)',
  '>': '리디렉션(>)',
  '>>': '리디렉션(>>)',
  '<': '리디렉션(<)',
  '(': '서브셸(( ))',
  '`': '명령 치환(`…`)',
  '$(': '명령 치환($(…))',
};

function refuse(token: string): Lexed {
  const what = unsupported[token] ?? token;
  return {
    kind: 'error',
    exitCode: 2,
    output: [
      {
        stream: 'hint',
        text: `이 연습용 터미널은 ${what}을 지원하지 않습니다. 명령을 한 줄에 하나씩 입력하거나 &&로 이어 주세요.`,
      },
    ],
  };
}

function syntaxError(token: string): Lexed {
  return {
    kind: 'error',
    exitCode: 2,
    output: [
      { stream: 'stderr', text: `bash: syntax error near unexpected token \`${token}'` },
      { stream: 'hint', text: `\`${token}\` 앞에 명령이 없습니다. 명령을 먼저 쓰고 그 뒤에 이어 주세요.` },
    ],
  };
}

function badSubstitution(text: string): Lexed {
  return {
    kind: 'error',
    exitCode: 1,
    output: [
      { stream: 'stderr', text: `bash: ${text}: bad substitution` },
      {
        stream: 'hint',
        text: '변수는 ${이름}처럼 중괄호 안에 이름만 적습니다. 이 터미널은 ${이름:-기본값} 같은 변형은 지원하지 않습니다.',
      },
    ],
  };
}

/** Splits `input` (one line, or several joined by "\n" after continuations) into commands. */
export function lex(input: string): Lexed {
  const commands: Command[] = [];
  let words: Word[] = [];
  let segments: Segment[] = [];
  let inWord = false;
  let afterAnd = false;

  const endWord = () => {
    if (inWord) words.push(segments);
    segments = [];
    inWord = false;
  };
  const text = (value: string, quoted: boolean) => {
    inWord = true;
    const last = segments.at(-1);
    if (last?.kind === 'text' && last.quoted === quoted) segments[segments.length - 1] = { ...last, text: last.text + value };
    else segments.push({ kind: 'text', text: value, quoted });
  };

  // Reads `$…` at `at` (which holds `$`); returns the index after it, or a refusal.
  const dollar = (at: number, quoted: boolean): number | Lexed => {
    const next = input[at + 1] ?? '';
    if (next === '(') return refuse('$(');
    if (next === '{') {
      const close = input.indexOf('}', at + 2);
      if (close < 0) return badSubstitution(input.slice(at));
      const name = input.slice(at + 2, close);
      if (!/^(?:[A-Za-z_][A-Za-z0-9_]*|\?)$/.test(name)) return badSubstitution(input.slice(at, close + 1));
      inWord = true;
      segments.push({ kind: 'variable', name, quoted });
      return close + 1;
    }
    if (next === '?' || /[0-9]/.test(next)) {
      inWord = true;
      segments.push({ kind: 'variable', name: next, quoted });
      return at + 2;
    }
    if (nameStart.test(next)) {
      let end = at + 1;
      while (end < input.length && nameChar.test(input[end] ?? '')) end += 1;
      inWord = true;
      segments.push({ kind: 'variable', name: input.slice(at + 1, end), quoted });
      return end;
    }
    text('$', quoted);
    return at + 1;
  };

  let at = 0;
  while (at < input.length) {
    const char = input[at] ?? '';
    if (blank.has(char)) {
      endWord();
      at += 1;
      continue;
    }
    if (char === '#' && !inWord) {
      while (at < input.length && input[at] !== '\n') at += 1;
      continue;
    }
    if (char === '\\') {
      const next = input[at + 1];
      if (next === undefined) return { kind: 'incomplete' };
      if (next !== '\n') text(next, true);
      at += 2;
      continue;
    }
    if (char === "'") {
      const close = input.indexOf("'", at + 1);
      if (close < 0) return { kind: 'incomplete' };
      text(input.slice(at + 1, close), true);
      at = close + 1;
      continue;
    }
    if (char === '"') {
      inWord = true;
      text('', true);
      at += 1;
      for (;;) {
        if (at >= input.length) return { kind: 'incomplete' };
        const inner = input[at] ?? '';
        if (inner === '"') {
          at += 1;
          break;
        }
        if (inner === '\\') {
          const next = input[at + 1];
          if (next === undefined) return { kind: 'incomplete' };
          // Inside double quotes a backslash escapes only these; before anything else it stays.
          if (next === '\n') at += 2;
          else if ('$`"\\'.includes(next)) {
            text(next, true);
            at += 2;
          } else {
            text('\\', true);
            at += 1;
          }
          continue;
        }
        if (inner === '`') return refuse('`');
        if (inner === '$') {
          const after = dollar(at, true);
          if (typeof after !== 'number') return after;
          at = after;
          continue;
        }
        text(inner, true);
        at += 1;
      }
      continue;
    }
    if (char === '$') {
      const after = dollar(at, false);
      if (typeof after !== 'number') return after;
      at = after;
      continue;
    }
    if (char === '~' && !inWord && (at + 1 >= input.length || blank.has(input[at + 1] ?? '') || input[at + 1] === '/')) {
      inWord = true;
      segments.push({ kind: 'tilde' });
      at += 1;
      continue;
    }
    if (char === '&' || char === '|' || char === ';' || char === '>' || char === '<' || char === '(' || char === ')') {
      endWord();
      const pair = input.slice(at, at + 2);
      const token = pair === '&&' || pair === '||' || pair === '>>' || pair === ';;' ? pair : char;
      const empty = words.length === 0;
      const opensOrRedirects = token === '(' || token === '>' || token === '<' || token === '>>';
      if (token === ')' || token === ';;' || (token === '(' && !empty) || (empty && !opensOrRedirects)) return syntaxError(token);
      // `command &` as the whole rest of the line: a background job. `a & b` is still refused.
      if (token === '&' && /^[ \t]*(#.*)?$/.test(input.slice(at + 1))) {
        commands.push(words);
        return { kind: 'commands', commands, background: true };
      }
      if (token !== '&&') return refuse(token);
      commands.push(words);
      words = [];
      afterAnd = true;
      at += 2;
      continue;
    }
    if (char === '`') return refuse('`');
    text(char, false);
    at += 1;
  }
  endWord();
  if (words.length === 0) return afterAnd ? { kind: 'incomplete' } : { kind: 'commands', commands };
  commands.push(words);
  return { kind: 'commands', commands };
}

export interface Expansion {
  /** A variable's value, or undefined when it is not set (it expands to nothing). */
  lookup(name: string): string | undefined;
  home: string;
}

/** The words of one command after expansion and word splitting, as the program receives them. */
export function expand(command: Command, expansion: Expansion): string[] {
  const fields: string[] = [];
  for (const word of command) {
    let current = '';
    let present = false;
    for (const segment of word) {
      if (segment.kind === 'tilde') {
        current += expansion.home;
        present = true;
      } else if (segment.kind === 'text') {
        current += segment.text;
        present ||= segment.quoted || segment.text !== '';
      } else {
        const value = expansion.lookup(segment.name) ?? '';
        if (segment.quoted) {
          current += value;
          present = true;
          continue;
        }
        // An unquoted expansion splits on blanks, as with bash's default IFS.
        const parts = value.split(/[ \t\n]+/);
        parts.forEach((part, index) => {
          if (index > 0 && present) {
            fields.push(current);
            current = '';
            present = false;
          }
          current += part;
          present ||= part !== '';
        });
      }
    }
    if (present) fields.push(current);
  }
  return fields;
}
