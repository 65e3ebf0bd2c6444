'use client';

import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

let pageHydrated = false;

// False on the server and while the page hydrates, true from then on: controls that would do nothing
// without JavaScript (copy, share, search, progress) appear only once they work. The switch after
// hydration is one transition for all of them, rendered in slices; the useSyncExternalStore idiom
// forced a synchronous re-render of each right after hydration instead. Anything mounted later, on
// a client-side navigation, starts true and never flickers.
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(pageHydrated);
  useEffect(() => {
    pageHydrated = true;
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}

// useSyncExternalStore for what only the browser knows (storage, media queries, the theme): the
// server's value while the page hydrates, the browser's from the same transition on. Given a client
// value that differs from the server's during hydration, useSyncExternalStore re-renders at once,
// synchronously, in the same task as the hydration commit; this moves that re-render into the
// sliced transition that useHydrated starts.
export function useClientSnapshot<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot: () => T,
): T {
  const hydrated = useHydrated();
  return useSyncExternalStore(subscribe, hydrated ? getSnapshot : getServerSnapshot, getServerSnapshot);
}
