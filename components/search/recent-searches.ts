import { localStorageOrUndefined } from '@/lib/browser/local-storage';
import { parseJson } from '@/lib/browser/safe-decode';

// The last few queries that led the reader to a result, newest first, kept on this device only.
// Storage may be blocked, full or hold anything an older version (or a person) wrote: what cannot be
// read is treated as no history, and what cannot be written is simply not remembered.

const key = 'search-recent';
const kept = 5;

export function readRecentSearches(): string[] {
  try {
    const value = parseJson(localStorageOrUndefined()?.getItem(key));
    if (!Array.isArray(value)) return [];
    return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').slice(0, kept);
  } catch {
    return [];
  }
}

function write(queries: readonly string[]): void {
  try {
    const storage = localStorageOrUndefined();
    if (queries.length === 0) storage?.removeItem(key);
    else storage?.setItem(key, JSON.stringify(queries));
  } catch {
    // Full or blocked storage: the history is not kept, and search works as before.
  }
}

/** Puts `query` first (once) and returns the new list. */
export function rememberSearch(query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return readRecentSearches();
  const queries = [trimmed, ...readRecentSearches().filter((item) => item !== trimmed)].slice(0, kept);
  write(queries);
  return queries;
}

export function clearRecentSearches(): void {
  write([]);
}
