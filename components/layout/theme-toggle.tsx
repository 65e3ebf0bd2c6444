'use client';

import { MoonIcon, SunIcon } from '@/components/icons';
import { useClientSnapshot } from '@/components/use-hydrated';
import { resolveTheme, type Theme } from '@/lib/theme/theme';
import { readStoredTheme, storeTheme } from '@/lib/theme/theme-storage';

const systemDark = '(prefers-color-scheme: dark)';

function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia(systemDark);
  const followSystem = () => applyTheme(resolveTheme(readStoredTheme(), media.matches));
  media.addEventListener('change', followSystem);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', followSystem);
  };
}

const getTheme = () => document.documentElement.dataset.theme;
const getServerTheme = () => undefined;

export function ThemeToggle() {
  const theme = useClientSnapshot(subscribe, getTheme, getServerTheme);
  // Without JavaScript the button could do nothing, so it appears only once it works.
  if (theme === undefined) return <span className="size-10" aria-hidden="true" />;
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={() => {
        const next: Theme = dark ? 'light' : 'dark';
        applyTheme(next);
        storeTheme(next);
      }}
      className="inline-flex size-10 items-center justify-center rounded-lg text-muted hover:bg-surface hover:text-fg"
    >
      <span className="sr-only">어두운 테마</span>
      {dark ? <MoonIcon /> : <SunIcon />}
    </button>
  );
}
