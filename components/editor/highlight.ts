import type { EditorLanguage } from './types';

// Cheap colouring for the editor's overlay: a few regular expressions per language, nothing like a
// grammar. A token is a class name and its text; the texts of a line always add up to the line, so
// the overlay stays aligned with the text box letter for letter.

export type TokenKind = 'keyword' | 'string' | 'comment' | 'flag' | 'variable' | 'key' | 'plain';
export type Token = { kind: TokenKind; text: string };

const rules: Record<Exclude<EditorLanguage, 'text'>, readonly [RegExp, TokenKind][]> = {
  dockerfile: [
    [/^\s*#.*/, 'comment'],
    [/^\s*[A-Za-z]+(?=\s|$)/, 'keyword'],
    [/"(?:[^"\\]|\\.)*"?|'[^']*'?/, 'string'],
    [/--[a-z-]+(?==)?/, 'flag'],
    [/\$\{[^}]*\}?|\$[A-Za-z_][A-Za-z0-9_]*/, 'variable'],
    [/\s+(?:AS|as)\s+/, 'keyword'],
  ],
  ruby: [
    [/#.*/, 'comment'],
    [/"(?:[^"\\]|\\.)*"?|'[^']*'?/, 'string'],
    [/\b(?:class|def|end|do|if|else|elsif|unless|require|module|return|true|false|nil)\b/, 'keyword'],
    [/:[a-z_]+\b|\b[a-z_]+:(?=\s)/, 'variable'],
  ],
  yaml: [
    [/(?:^|\s)#.*/, 'comment'],
    [/^\s*-?\s*[A-Za-z0-9_.\/-]+(?=:(\s|$))/, 'key'],
    [/"(?:[^"\\]|\\.)*"?|'[^']*'?/, 'string'],
    [/\b\d+(?:\.\d+)?[a-zA-Z]*\b|\b(?:true|false|null)\b/, 'variable'],
  ],
};

/** The first rule that matches nearest the start wins; text between matches is plain. */
export function tokenize(line: string, language: EditorLanguage, continued = false): Token[] {
  if (language === 'text' || line === '') return [{ kind: 'plain', text: line }];
  const active = rules[language].filter(([pattern]) => !(continued && pattern.source.startsWith('^\\s*[A-Za-z]')));
  const tokens: Token[] = [];
  let rest = line;
  let atStart = true;
  while (rest !== '') {
    let best: { index: number; text: string; kind: TokenKind } | null = null;
    for (const [pattern, kind] of active) {
      if (pattern.source.startsWith('^') && !atStart) continue;
      const match = pattern.exec(rest);
      if (match && match[0] !== '' && (best === null || match.index < best.index))
        best = { index: match.index, text: match[0], kind };
    }
    if (!best) {
      tokens.push({ kind: 'plain', text: rest });
      break;
    }
    if (best.index > 0) tokens.push({ kind: 'plain', text: rest.slice(0, best.index) });
    tokens.push({ kind: best.kind, text: best.text });
    rest = rest.slice(best.index + best.text.length);
    atStart = false;
  }
  return tokens;
}

/** Which lines of a Dockerfile continue the instruction above (the one before ends in `\`). */
export function continuedLines(lines: readonly string[], language: EditorLanguage): boolean[] {
  let open = false;
  return lines.map((line) => {
    const continued = language === 'dockerfile' && open;
    if (language === 'dockerfile' && !/^\s*#/.test(line)) open = /\\\s*$/.test(line);
    return continued;
  });
}
