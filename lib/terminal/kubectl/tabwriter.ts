// Go's text/tabwriter, which kubectl prints every table and `describe` through: cells end at a
// tab, a column is as wide as its widest cell plus padding in each run of consecutive lines that
// have that column, and the last cell of a line is never padded. Porting the algorithm (not
// guessing widths) is what makes `describe`'s nested blocks line up exactly as kubectl's do.

export interface TabwriterOptions {
  readonly minwidth: number;
  readonly padding: number;
}

/** `kubectl get` (printers.GetNewTabWriter): minwidth 6, padding 3. */
export const TABLE: TabwriterOptions = { minwidth: 6, padding: 3 };
/** `kubectl describe` (describe.tabbedString): minwidth 0, padding 2. */
export const DESCRIBE: TabwriterOptions = { minwidth: 0, padding: 2 };

const width = (text: string) => [...text].length;

/**
 * `remembered` is kubectl's RememberWidths (liggitt/tabwriter): a watch keeps each column at least
 * as wide as it was printed before, so later rows stay under the header. It is updated in place.
 */
export function tabwrite(lines: readonly string[], options: TabwriterOptions, remembered?: number[]): string[] {
  const cells = lines.map((line) => line.split('\t'));
  const out: string[] = cells.map(() => '');
  const widths: number[] = [];

  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const line = cells[i] ?? [];
      out[i] = line
        .map((cell, j) => (j < widths.length ? cell + ' '.repeat(Math.max(0, (widths[j] ?? 0) - width(cell))) : cell))
        .join('');
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    let start = line0;
    for (let current = line0; current < line1; current += 1) {
      if (column >= (cells[current]?.length ?? 0) - 1) continue;
      writeLines(start, current);
      start = current;
      let columnWidth = options.minwidth;
      for (; current < line1; current += 1) {
        const line = cells[current] ?? [];
        if (column >= line.length - 1) break;
        columnWidth = Math.max(columnWidth, width(line[column] ?? '') + options.padding);
      }
      if (remembered) {
        columnWidth = Math.max(columnWidth, remembered[column] ?? 0);
        remembered[column] = columnWidth;
      }
      widths.push(columnWidth);
      format(start, current);
      widths.pop();
      start = current;
      current -= 1;
    }
    writeLines(start, line1);
  };

  format(0, cells.length);
  return out;
}
