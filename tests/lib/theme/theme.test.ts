import { describe, expect, it } from 'vitest';
import { resolveTheme } from '@/lib/theme/theme';
import { themeScript } from '@/lib/theme/theme-script';

// Runs the inline <head> script against a fake browser, to prove it agrees with resolveTheme().
function runThemeScript(storage: () => string | null, systemDark: boolean) {
  const documentElement = { dataset: {} as Record<string, string> };
  const run = new Function('localStorage', 'matchMedia', 'document', themeScript);
  run({ getItem: storage }, () => ({ matches: systemDark }), { documentElement });
  return documentElement.dataset.theme;
}

describe('theme', () => {
  it.each([
    ['dark', false, 'dark'],
    ['light', true, 'light'],
    [null, true, 'dark'],
    [null, false, 'light'],
    ['{"broken', true, 'dark'],
    ['system', false, 'light'],
  ])('stored %s with system dark %s resolves to %s, in both the script and resolveTheme', (stored, systemDark, expected) => {
    expect(resolveTheme(stored, systemDark)).toBe(expected);
    expect(runThemeScript(() => stored, systemDark)).toBe(expected);
  });

  it('falls back to the system when storage throws', () => {
    const blocked = () => {
      throw new Error('SecurityError');
    };
    expect(runThemeScript(blocked, true)).toBe('dark');
  });
});
