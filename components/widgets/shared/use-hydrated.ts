'use client';

import { startTransition, useEffect, useState } from 'react';

// False on the server and in the first client render (so hydration matches the still figure), then
// true. The switch to the live widget is a transition: React renders it in small slices instead of
// one long task, so a page with several widgets stays responsive while they come alive.
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}
