'use client';

import { startTransition, useEffect, useState } from 'react';

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
