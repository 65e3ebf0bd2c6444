import { isTheme, themeStorageKey, type Theme } from './theme';

// Storage can be disabled, full or hold a value from an old version; none of that may break the page.
export function readStoredTheme(): Theme | undefined {
  try {
    const value = window.localStorage.getItem(themeStorageKey);
    return isTheme(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(themeStorageKey, theme);
  } catch {
    // The choice still applies to this page; it just won't be remembered.
  }
}
