// Runs in the page, inlined by lib/postbuild/paint-first.ts after the boot scripts it takes out of
// <head>, and hashed for the CSP like every other inline script. Kept as plain browser JavaScript
// so the text that is hashed is exactly the text in this file.
// eslint-disable-next-line @typescript-eslint/no-unused-expressions -- an expression, called where it is inlined
(function loadAfterFirstPaint(sources) {
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    for (const source of sources) {
      const script = document.createElement('script');
      script.src = source;
      script.async = true;
      document.head.append(script);
    }
  };
  // A page opened in the background paints nothing until shown: there is no paint to wait for.
  if (document.visibilityState !== 'visible' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    load();
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    load();
  }).observe({ type: 'paint', buffered: true });
  document.addEventListener('visibilitychange', load, { once: true });
  // Should the paint never be reported, the page still comes alive.
  setTimeout(load, 3000);
})
