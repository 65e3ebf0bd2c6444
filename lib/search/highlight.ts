import { indexTerms, splitWords } from './tokenize';

export type Segment = { text: string; mark: boolean };

// A word is marked when one of the terms it was indexed as is a term the search matched, so the
// whole word the reader sees lights up (컨테이너를), not a guess at where the stem ends.
function markedWords(text: string, matched: ReadonlySet<string>) {
  return splitWords(text).filter((word) => indexTerms(word.text).some((term) => matched.has(term)));
}

function segmentsOf(text: string, from: number, to: number, marks: readonly { start: number; end: number }[]): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to) continue;
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  return segments;
}

export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  return segmentsOf(text, 0, text.length, markedWords(text, matched));
}

/**
 * A short excerpt around the first match, cut at spaces, with an ellipsis where text was left out.
 * Without a match in the text (the title matched), the excerpt is the text's beginning.
 */
export function snippet(text: string, matched: ReadonlySet<string>, length = 90): Segment[] {
  const marks = markedWords(text, matched);
  const first = marks[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(length / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= first ? first : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const segments = segmentsOf(text, start, end, marks);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
