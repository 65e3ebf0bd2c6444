'use client';

import { useEffect, useState } from 'react';
import { afterLoadAndIdle } from '@/lib/offline/after-load-and-idle';
import { UpdateNotice } from './update-notice';

// Registers the service worker in production builds only (`npm run dev` has no /sw.js and must never
// be served by one), after load and idle, and offers a new build when its worker waits.
export function ServiceWorkerUpdates() {
  const [waiting, setWaiting] = useState<ServiceWorker>();
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    const cancel = afterLoadAndIdle(() => {
      void import('@/lib/offline/register-worker').then(({ registerWorker }) => {
        if (!cancelled) stop = registerWorker(setWaiting);
      });
    });
    return () => {
      cancelled = true;
      cancel();
      stop?.();
    };
  }, []);
  return (
    // The live region is in the page from the start, so the notice is announced when it appears.
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4 print:hidden">
      {waiting && (
        <UpdateNotice
          onReload={() => void import('@/lib/offline/register-worker').then(({ applyUpdate }) => applyUpdate(waiting))}
          onDismiss={() => setWaiting(undefined)}
        />
      )}
    </div>
  );
}
