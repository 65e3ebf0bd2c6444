// Illustrative numbers, written the way Docker prints them (decimal units) and Korean reads them.

export function formatSize(bytes: number): string {
  if (bytes === 0) return '0 B';
  if (bytes < 1_000_000) return `${Math.round(bytes / 1_000)} KB`;
  if (bytes < 1_000_000_000) return `${Math.round(bytes / 1_000_000)} MB`;
  return `${Number((bytes / 1_000_000_000).toFixed(1))} GB`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds}초`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes}분` : `${minutes}분 ${rest}초`;
}
