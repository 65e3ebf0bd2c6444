// What the service worker stores at install (read by scripts/build/service-worker.ts from out/ after
// every page has its final bytes): every page, every /_next/static/ file (framework, widget chunks,
// styles, fonts), the search index, the icons and the manifest. Left out: Next's RSC payloads (the
// .txt files, 2.2 MB: offline, a link whose payload cannot be fetched falls back to loading the
// page, which is stored), the error page (its
// address answers 404, and a precache entry must answer 200), link-preview images (other sites fetch
// them; a reader never needs them offline), crawler files, the stored .br/.gz variants (the browser
// gets those through Content-Encoding) and the worker itself.

export const precacheGlobs = ['**/*.{html,js,css,woff2,json,svg,png,ico,webmanifest}'];

export const precacheIgnores = [
  '404.html',
  '_not-found.html',
  '_not-found/**',
  '**/opengraph-image*',
  '**/twitter-image*',
  'robots.txt',
  'sitemap.xml',
  'sw.js',
  '**/*.br',
  '**/*.gz',
];

/** Hashed build assets: their name changes with their bytes, so the URL alone is their revision. */
export const hashedAssets = /^\/_next\/static\//;

/** The URL a reader asks for the file at `file` (a path relative to out/): pages by their clean URL, as nginx serves them. */
export function urlForFile(file: string): string {
  const url = `/${file.replace(/^\.?\//, '')}`;
  if (url === '/index.html') return '/';
  return url.endsWith('.html') ? url.slice(0, -'.html'.length) : url;
}
