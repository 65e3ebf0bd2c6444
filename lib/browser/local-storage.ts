// Reading `window.localStorage` itself throws where storage is blocked (some privacy settings,
// sandboxed frames); callers treat undefined as "nothing stored, nothing remembered".
export function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
