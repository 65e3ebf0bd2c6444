// Numbers written the way Docker prints them (decimal units) and Korean reads them.

export function formatSize(bytes: number): string {
  if (bytes === 0) return '0 B';
  if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} kB`;
  if (bytes < 1_000_000_000) return `${Math.round(bytes / 1_000_000)} MB`;
  return `${Number((bytes / 1_000_000_000).toFixed(1))} GB`;
}

/** A simulated duration for the narration, to the second: "2분 13초". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 1) return '1초 미만';
  if (seconds < 60) return `${seconds}초`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes}분` : `${minutes}분 ${rest}초`;
}

/** BuildKit's own form: "42.0s". */
export const buildKitSeconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
