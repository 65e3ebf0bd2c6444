// Numbers and tables printed the way docker/cli prints them.

/**
 * docker/cli's tables: text/tabwriter with minwidth 10, padding 3 and spaces
 * (cli/command/formatter/formatter.go). A column is as wide as its widest cell plus 3, at least 10;
 * the last column is not padded.
 */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      if (column === row.length - 1) return;
      widths[column] = Math.max(widths[column] ?? 0, Math.max(cell.length + 3, 10));
    });
  }
  return rows.map((row) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join(''),
  );
}

/** go-units HumanDuration, which `docker ps` uses for CREATED and STATUS. `ms` is simulated time. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

const units = ['B', 'kB', 'MB', 'GB', 'TB'];

/** go-units HumanSizeWithPrecision(size, 3): decimal units, 3 significant digits ("187MB", "10.1kB"). */
export function humanSize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return `${Number(size.toPrecision(3))}${units[unit]}`;
}

/** The 12-digit id docker prints everywhere but `--no-trunc`. */
export const shortId = (id: string) => id.slice(0, 12);

/** docker/cli's Ellipsis: at most `width` characters, the last one "…" when cut. */
export function ellipsis(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`;
}
