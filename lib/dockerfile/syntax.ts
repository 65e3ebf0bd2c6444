// The first pass of BuildKit's Dockerfile parser (frontend/dockerfile/parser/parser.go), line for
// line where it matters to a reader: a byte-order mark, parser directives at the very top, comment
// lines (also inside a continued instruction), the escape token `\` (or `` ` ``) at a line's end
// joining it to the next, flags (`--from=build`), and each instruction's arguments read the way its
// own line parser reads them (JSON array or shell form, name=value pairs, whitespace-split words).
// Heredocs (`RUN <<EOF`) are not read here: the course does not use them.

/** One instruction as the parser's AST holds it. Lines are 1-based, as BuildKit counts them. */
export type SyntaxNode = {
  /** The keyword as written (`run`, `RUN`): BuildKit matches it without regard to case. */
  keyword: string;
  /** The joined instruction text, continuation characters removed. */
  original: string;
  flags: readonly string[];
  /** The arguments as this instruction's line parser splits them. */
  args: readonly string[];
  /** True for the exec (JSON array) form. */
  json: boolean;
  /** ENV and LABEL: whether each pair was written `key=value` (true) or `KEY value` (false). */
  pairs?: readonly { key: string; value: string }[];
  startLine: number;
  endLine: number;
};

export type Directives = { escape: string; syntax: string | null };

export type SyntaxResult =
  { ok: true; nodes: readonly SyntaxNode[]; directives: Directives } | { ok: false; message: string; line: number };

const whitespace = /[ \t\r\n\v\f]+/;
const directivePattern = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

const isComment = (line: string) => line.trimStart().startsWith('#');

function continuationPattern(escape: string): RegExp {
  const token = `\\${escape}`;
  return new RegExp(`([^${token}])${token}[ \\t]*$|^${token}[ \\t]*$`);
}

/** `[…]` of strings: the exec form. Anything else that is not valid JSON is the shell form. */
function parseJson(rest: string): string[] | 'not-strings' | null {
  const text = rest.trimStart();
  if (!text.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  return value.every((item) => typeof item === 'string') ? (value as string[]) : 'not-strings';
}

/** BuildKit's parseWords: whitespace splits, quotes group and are kept, the escape token escapes. */
export function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let started = false;
  const chars = [...rest];
  for (let index = 0; index < chars.length; index++) {
    const ch = chars[index] as string;
    if (quote === null && /\s/.test(ch)) {
      if (started) words.push(word);
      word = '';
      started = false;
      continue;
    }
    started = true;
    if (quote === null && (ch === "'" || ch === '"')) quote = ch;
    else if (quote !== null && ch === quote) quote = null;
    if (ch === escape && quote !== "'") {
      if (index + 1 === chars.length) continue;
      word += ch;
      index++;
      word += chars[index] as string;
      continue;
    }
    word += ch;
  }
  if (started) words.push(word);
  return words;
}

/** The `--flag` words at the start of the arguments (splitCommand's extractBuilderFlags). */
function extractFlags(line: string, escape: string): { rest: string; flags: string[] } {
  const flags: string[] = [];
  let pos = 0;
  while (pos < line.length) {
    while (pos < line.length && /\s/.test(line[pos] as string)) pos++;
    if (!line.startsWith('--', pos)) return { rest: line.slice(pos), flags };
    let word = '';
    let quote: string | null = null;
    let blankOk = false;
    for (; pos < line.length; pos++) {
      let ch = line[pos] as string;
      if (quote === null && /\s/.test(ch)) break;
      if (quote === null && (ch === "'" || ch === '"')) {
        quote = ch;
        blankOk = true;
        continue;
      }
      if (quote !== null && ch === quote) {
        quote = null;
        continue;
      }
      if (ch === escape) {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line[pos] as string;
      }
      word += ch;
    }
    if (word === '--') return { rest: line.slice(pos), flags };
    if (blankOk || word.length > 0) flags.push(word);
  }
  return { rest: '', flags };
}

type LineParse = Pick<SyntaxNode, 'args' | 'json' | 'pairs'> | { error: string };

function nameValue(rest: string, key: string, escape: string): LineParse {
  const words = parseWords(rest, escape);
  if (words.length === 0) return { args: [], json: false, pairs: [] };
  if (!(words[0] as string).includes('=')) {
    const [name = '', value] = rest.split(/[ \t\r\n\v\f]+(.*)/s);
    if (value === undefined || value === '') return { error: `${key} must have two arguments` };
    return { args: [name, value, ''], json: false, pairs: [{ key: name, value }] };
  }
  const pairs: { key: string; value: string }[] = [];
  for (const word of words) {
    const at = word.indexOf('=');
    if (at === -1) return { error: `Syntax error - can't find = in ${JSON.stringify(word)}. Must be of the form: name=value` };
    pairs.push({ key: word.slice(0, at), value: word.slice(at + 1) });
  }
  return { args: pairs.flatMap((pair) => [pair.key, pair.value, '=']), json: false, pairs };
}

function lineParse(keyword: string, rest: string, escape: string): LineParse {
  const words = () => ({ args: rest === '' ? [] : rest.split(whitespace).filter((word) => word !== ''), json: false });
  switch (keyword) {
    case 'run':
    case 'cmd':
    case 'entrypoint':
    case 'shell': {
      if (rest === '') return { args: [], json: false };
      const json = parseJson(rest);
      if (json === 'not-strings') return { error: 'when using JSON array syntax, arrays must be comprised of strings only' };
      return json ? { args: json, json: true } : { args: [rest], json: false };
    }
    case 'add':
    case 'copy':
    case 'volume': {
      const json = parseJson(rest);
      if (json === 'not-strings') return { error: 'when using JSON array syntax, arrays must be comprised of strings only' };
      return json ? { args: json, json: true } : words();
    }
    case 'env':
    case 'label':
      return nameValue(rest, keyword.toUpperCase(), escape);
    case 'arg':
      return { args: parseWords(rest, escape), json: false };
    case 'maintainer':
    case 'stopsignal':
    case 'user':
    case 'workdir':
      return { args: rest === '' ? [] : [rest], json: false };
    default:
      // FROM, EXPOSE, HEALTHCHECK and unknown keywords (the next pass rejects those).
      return words();
  }
}

/** Parser directives: `# syntax=…`, `# escape=…`, `# check=…`, only before anything else. */
function readDirective(
  line: string,
  seen: Set<string>,
  directives: { escape: string; syntax: string | null },
): 'directive' | 'none' | { error: string } {
  const match = directivePattern.exec(line);
  if (!match) return 'none';
  const key = (match[1] as string).toLowerCase();
  const value = match[2] as string;
  if (key !== 'syntax' && key !== 'escape' && key !== 'check') return 'none';
  if (seen.has(key)) return { error: `only one ${key} parser directive can be used` };
  seen.add(key);
  if (key === 'escape') {
    if (value !== '`' && value !== '\\') return { error: `invalid escape token '${value}' does not match \` or \\` };
    directives.escape = value;
  }
  if (key === 'syntax') directives.syntax = value;
  return 'directive';
}

export function parseSyntax(text: string): SyntaxResult {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const directives = { escape: '\\', syntax: null as string | null };
  const seen = new Set<string>();
  let inDirectives = true;
  let continuation = continuationPattern(directives.escape);
  const nodes: SyntaxNode[] = [];
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] as string).replace(/\r$/, '').trimStart();
    if (inDirectives) {
      const directive = readDirective(raw, seen, directives);
      if (typeof directive === 'object') return { ok: false, message: directive.error, line: index + 1 };
      if (directive === 'directive') {
        continuation = continuationPattern(directives.escape);
        continue;
      }
      inDirectives = false;
    }
    if (isComment(raw)) continue;
    const startLine = index + 1;
    const trim = (line: string) =>
      continuation.test(line) ? { text: line.replace(continuation, '$1'), more: true } : { text: line, more: false };
    let { text: joined, more } = trim(raw);
    if (!more && joined.trim() === '') continue;
    while (more && index + 1 < lines.length) {
      index++;
      const next = (lines[index] as string).replace(/\r$/, '');
      if (isComment(next) || next.trim() === '') continue;
      const part = trim(next);
      joined += part.text;
      more = part.more;
    }
    const trimmed = joined.trim();
    const [keyword = '', afterKeyword = ''] = trimmed.split(/[ \t\r\n\v\f]+(.*)/s);
    const { rest, flags } = extractFlags(afterKeyword, directives.escape);
    const parsed = lineParse(keyword.toLowerCase(), rest.trim(), directives.escape);
    if ('error' in parsed) return { ok: false, message: parsed.error, line: startLine };
    nodes.push({ keyword, original: joined, flags, ...parsed, startLine, endLine: index + 1 });
  }
  if (nodes.length === 0) return { ok: false, message: 'file with no instructions', line: lines.length };
  return { ok: true, nodes, directives };
}
