export type Theme = 'light' | 'dark';

export const themeStorageKey = 'theme';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

// A stored choice wins; anything else (nothing stored, or a value we never wrote) means "follow the system".
export function resolveTheme(stored: unknown, systemPrefersDark: boolean): Theme {
  if (isTheme(stored)) return stored;
  return systemPrefersDark ? 'dark' : 'light';
}
