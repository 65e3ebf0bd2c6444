// The source excerpt Docker prints above a Dockerfile error (BuildKit's solver/errdefs Source.Print):
// the lines in question marked `>>>`, with up to two lines of context each side for one line and
// one for a range.
export function sourceSnippet(text: string, start: number, end: number, filename = 'Dockerfile'): string[] {
  const lines = text.split('\n');
  if (start > lines.length || start < 1) return [];
  let first = start;
  let last = Math.min(end, lines.length);
  const pad = first === last ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (first > 1) {
      first--;
      p++;
    }
    if (last !== lines.length) {
      last++;
      p++;
    }
  }
  const out = [`${filename}:${start}`, '--------------------'];
  for (let line = first; line <= last; line++) {
    const marker = line >= start && line <= Math.max(end, start) ? '>>>' : '   ';
    out.push(` ${String(line).padStart(3)} | ${marker} ${lines[line - 1] ?? ''}`);
  }
  out.push('--------------------');
  return out;
}
