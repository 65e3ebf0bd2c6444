// The service worker, bundled by scripts/build/service-worker.ts after the post-build has given every
// page its final bytes, with the precache manifest (one entry per file, each with its revision) and
// the build's name written in. Type-checked on its own (tsconfig.json here: the worker's globals, not
// the page's).
//
// How it answers:
// - Every stored URL (each page, /_next/static/, the search index, icons): from the precache,
//   whatever the network does. A page is this build's page with this build's chunks, never one build's
//   HTML over another's scripts. The browser checks /sw.js on every navigation (the server sends it
//   with no-cache); a new build installs in the background, waits, and the page offers
//   "새 버전이 있습니다 · 새로고침" (components/offline/service-worker-updates.tsx). The reader sees the stored page at
//   once while the build is revalidated: stale-while-revalidate, by build rather than by file.
// - A /_next/static/ file not in the manifest: cache-first (its name is its content's hash).
// - Any other page: the network, and when that fails, the Korean offline page.
import { CacheFirst, NetworkOnly, Serwist, type PrecacheEntry } from 'serwist';
import { outdatedCaches, runtimeCaches } from '../cache-names';

declare const self: ServiceWorkerGlobalScope;
declare const __SW_MANIFEST: PrecacheEntry[];
declare const __BUILD__: string;

const caches = runtimeCaches(__BUILD__);
const offlinePage = '/offline';

const serwist = new Serwist({
  precacheEntries: __SW_MANIFEST,
  precacheOptions: {
    // A shared scene (?scene=…) and Next's RSC requests (?_rsc=…) are the same stored file.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
  },
  // The first visit's page is served by the worker as soon as it is installed, without a reload.
  // An update waits for the reader (SKIP_WAITING from the prompt), so it never swaps a page's
  // scripts under it.
  skipWaiting: false,
  clientsClaim: true,
  cacheId: 'baeumteo',
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: caches.assets }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: { entries: [{ url: offlinePage, matcher: ({ request }) => request.destination === 'document' }] },
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    self.caches.keys().then((names) => Promise.all(outdatedCaches(names, __BUILD__).map((name) => self.caches.delete(name)))),
  );
});

serwist.addEventListeners();
