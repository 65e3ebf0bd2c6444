// Runs `run` once the page has loaded and the main thread is idle, so the service worker's install
// (which downloads the whole precache) never competes with the page's own requests or hydration.
// Returns a function that cancels whatever has not run yet.
export function afterLoadAndIdle(run: () => void, idleTimeout = 5000): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    // Safari has no requestIdleCallback: a second after load, the page's own work is done.
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(run, { timeout: idleTimeout });
    else timer = setTimeout(run, 1000);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
