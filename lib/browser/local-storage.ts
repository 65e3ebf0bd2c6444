import { parseJson } from './safe-decode';

// Reading `window.localStorage` itself throws where storage is blocked (some privacy settings,
// sandboxed frames); callers treat undefined as "nothing stored, nothing remembered".
export function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * What became of a write: stored; not stored because storage is missing, full or refused; or not
 * stored because the key holds a record a newer version of the site wrote, which this page cannot
 * read and so must not replace (the reader's progress from that version would be lost).
 */
export type WriteResult = 'saved' | 'failed' | 'kept-newer';

/** True when `raw` is a record `{ v, … }` of a format version above `version`. Never throws. */
export function isNewerRecord(raw: string | null | undefined, version: number): boolean {
  const data = parseJson(raw);
  const v = typeof data === 'object' && data !== null ? (data as { v?: unknown }).v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v > version;
}

/** Writes `value` under `key` unless the key holds a newer record; `value` null removes the key. */
export function writeRecord(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
  key: string,
  value: string | null,
  version: number,
): WriteResult {
  if (!storage) return 'failed';
  try {
    if (isNewerRecord(storage.getItem(key), version)) return 'kept-newer';
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return 'saved';
  } catch {
    // QuotaExceededError when storage is full; SecurityError where it is blocked.
    return 'failed';
  }
}
