'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { afterLoadAndIdle } from '@/lib/offline/after-load-and-idle';
import { registerWorker } from '@/lib/offline/register-worker';

const UpdateOffer = lazy(() => import('./update-offer').then(({ UpdateOffer }) => ({ default: UpdateOffer })));

// Registers the service worker in production builds only (`npm run dev` has no worker and must never
// be served by one), after load and idle, and offers a new build when its worker waits. This is all
// the page loads for it up front (under 1 kB gzip); the notice comes only with a new build.
export function ServiceWorkerUpdates() {
  const [waiting, setWaiting] = useState<ServiceWorker>();
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let stop: (() => void) | undefined;
    const cancel = afterLoadAndIdle(() => {
      stop = registerWorker(setWaiting);
    });
    return () => {
      cancel();
      stop?.();
    };
  }, []);
  return (
    // The live region is in the page from the start, so the notice is announced when it appears.
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4 print:hidden">
      {waiting && (
        <Suspense>
          <UpdateOffer waiting={waiting} onDismiss={() => setWaiting(undefined)} />
        </Suspense>
      )}
    </div>
  );
}
