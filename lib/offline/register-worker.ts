// Registers /sw.js (written by the post-build, scripts/build/service-worker.ts) and reports a new
// build's worker once it has installed and waits. Called by
// components/offline/service-worker-updates.tsx after load and idle; kept to a few hundred bytes,
// since it ships with every page.

/** A new build is ready for the reader when a worker has installed while an older one controls the page. */
export const isUpdate = (worker: ServiceWorker, controlled: boolean) => controlled && worker.state === 'installed';

export function registerWorker(onUpdate: (waiting: ServiceWorker) => void): () => void {
  const container = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration | undefined;
  const offer = (worker: ServiceWorker | null) => {
    if (worker && isUpdate(worker, container.controller !== null)) onUpdate(worker);
  };
  container
    .register('/sw.js', { scope: '/' })
    .then((registered) => {
      registration = registered;
      const watch = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', () => offer(worker));
      // A new build may already wait, or be installing, by the time this runs after load and idle.
      offer(registered.waiting);
      watch(registered.installing);
      registered.addEventListener('updatefound', () => watch(registered.installing));
    })
    // Private windows and some embedded browsers refuse workers: the site simply stays online-only.
    .catch(() => undefined);
  // The browser checks for a new build on navigation; a tab left open for days asks when it is shown again.
  const check = () => {
    if (document.visibilityState === 'visible') registration?.update().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', check);
  return () => document.removeEventListener('visibilitychange', check);
}

/** Lets the waiting worker take over, and reloads once it controls the page, so the whole page is the new build. */
export function applyUpdate(waiting: ServiceWorker) {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
