// Next.js puts its framework scripts in <head> as `async`. On a phone with a fast connection and a
// slow CPU they arrive before the page has painted and run first; on a slow connection they share
// the line with the stylesheet. Either way the reader waits for the framework before seeing any text.
// This rewrites each exported page so that the scripts are requested only after the first
// contentful paint: text first, then hydration. Script preloads go too, for the same reason; the
// runtime fetches any chunk it needs itself.
//
// Every function in those scripts runs at boot. V8 compiles lazily, on the main thread, the first
// time a function is called; that compile was most of the long task in which the framework boots.
// The explicit compile hint below (Chrome 136+, ignored elsewhere) has the whole file compiled while
// it streams in, off the main thread.

const compileHint = '//# allFunctionsCalledOnLoad\n';

const asyncScript = /<script src="([^"]+)" async=""><\/script>/g;
const scriptPreload = /<link rel="preload"(?=[^>]*\bas="script")[^>]*>/g;

// Runs in the page, serialised into an inline script (and hashed for the CSP like every other one).
function loadAfterFirstPaint(sources) {
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
}

/** The page rewritten, and the scripts it now loads after its first paint. */
export function paintFirst(html) {
  const sources = [];
  const rewritten = html.replace(scriptPreload, '').replace(asyncScript, (_, source) => {
    sources.push(source);
    return '';
  });
  if (sources.length === 0) return { html, sources };
  const loader = `<script>(${loadAfterFirstPaint.toString()})(${JSON.stringify(sources)})</script>`;
  return { html: rewritten.replace('</head>', `${loader}</head>`), sources };
}

/** A boot script with the compile hint in its first line, once. */
export function compiledWhileStreaming(javascript) {
  return javascript.startsWith(compileHint) ? javascript : compileHint + javascript;
}

