'use client';

import { useClientSnapshot } from '@/components/use-hydrated';

const query = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

// The server cannot know; assume reduced motion there so nothing animates before we do know.
export function useReducedMotion(): boolean {
  return useClientSnapshot(
    subscribe,
    () => window.matchMedia(query).matches,
    () => true,
  );
}
