'use client';

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

function SunIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M4.93 4.93l1.41 1.41M17.66 17.66l1.41 1.41M2 12h2M20 12h2M4.93 19.07l1.41-1.41M17.66 6.34l1.41-1.41" />
    </svg>
  );
}

function MoonIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z" />
    </svg>
  );
}
