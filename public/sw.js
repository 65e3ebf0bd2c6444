// Only `npm run dev` serves this file: the post-build replaces it in out/ with the real worker
// (scripts/build/service-worker.ts). The site never registers a worker in development, but a browser
// that once opened a production build on the same address (`npm start` on localhost:3000) still has
// that build's worker, which would answer every dev page from its cache. Checking for an update on
// the next navigation, it gets this file instead: it takes over, unregisters, and reloads the tabs,
// which then reach the dev server directly.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    self.registration
      .unregister()
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((clients) => Promise.all(clients.map((client) => client.navigate(client.url)))),
  );
});
