'use client';

import { applyUpdate } from '@/lib/offline/register-worker';
import { UpdateNotice } from './update-notice';

// Loaded only once a new build waits (components/offline/service-worker-updates.tsx), so a reader who
// never sees an update never downloads the notice.
export function UpdateOffer({ waiting, onDismiss }: { waiting: ServiceWorker; onDismiss: () => void }) {
  return <UpdateNotice onReload={() => applyUpdate(waiting)} onDismiss={onDismiss} />;
}
