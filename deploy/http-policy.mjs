// The one statement of how the site answers over HTTP: content types, what is compressed, caching,
// and the security headers (OWASP Secure Headers Project). The production nginx config is written
// from it (lib/server/nginx-policy.mjs → deploy/nginx/policy-http.conf, policy-server.conf) and
// the local server (`npm start`, lib/server/) reads it directly, so the two cannot drift apart;
// tests/e2e/servers-agree.test.ts asks both the same questions and compares the answers.

/** Extension → content type, for every kind of file the export contains. Anything else is octet-stream. */
export const contentTypes = {
  html: 'text/html',
  txt: 'text/plain',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'text/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
};

export const defaultContentType = 'application/octet-stream';

// Next.js writes link-preview images as files named opengraph-image, with no extension; nosniff would
// make browsers refuse them as octet-stream.
export const extensionlessTypes = { 'opengraph-image': 'image/png' };

/** Text types: sent with `; charset=utf-8`, and precompressed at build (scripts/build/precompress.ts). */
export const textTypes = [
  'text/html',
  'text/plain',
  'text/css',
  'application/javascript',
  'application/json',
  'application/manifest+json',
  'text/xml',
  'image/svg+xml',
];

/** The precompressed variants, in the order a server prefers them when the reader accepts both. */
export const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

// Cache-Control by request path, first match wins. The service worker's script is asked for on
// every navigation and must reach the reader as soon as a build is out, so no cache may keep it
// (browsers cap a worker's HTTP caching at a day anyway; no-cache makes it every time). Hashed build
// assets never change under their name; images may change under the same name, so a day; pages and
// everything else revalidate every time (cheap: a 304 on the ETag). The worker is served from the
// root, whose scope it claims by default: no Service-Worker-Allowed header is needed.
export const cacheRules = [
  { pattern: '^/sw\\.js$', value: 'no-cache' },
  { pattern: '^/_next/static/', value: 'public, max-age=31536000, immutable' },
  { pattern: '\\.(png|svg|ico)$', value: 'public, max-age=86400' },
];
export const defaultCacheControl = 'public, max-age=0, must-revalidate';

// Link-preview images are fetched by other sites' previews (chat apps, social sites); everything
// else is for this origin only.
export const resourcePolicyRules = [{ pattern: '/opengraph-image$', value: 'cross-origin' }];
export const defaultResourcePolicy = 'same-origin';

// Features the site uses: copying a link or a code block (clipboard-write). The share button's
// web-share is left out of the header: its default is already 'self', and desktop Chromium does not
// know the feature and logs an error for it on every page. Every other feature in OWASP's list is
// off for this origin and any frame.
const allowedFeatures = new Set(['clipboard-write']);
const features = [
  'accelerometer',
  'autoplay',
  'camera',
  'clipboard-read',
  'clipboard-write',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
];
export const permissionsPolicy = features
  .map((feature) => `${feature}=${allowedFeatures.has(feature) ? '(self)' : '()'}`)
  .join(', ');

/**
 * The page's Content-Security-Policy. `scriptHashes` is the page's own inline-script hashes
 * (scripts/build/postbuild.ts, build/csp-map.conf), or nginx's `$csp_script_hashes` when writing its config.
 * Style sheets come only from the site's own files: no <style> element, no injected sheet and no
 * style attribute applies. The pages carry none: code colours are classes (lib/mdx/code-colors.ts)
 * and the views draw bars with classes (components/scale-x.ts). Scripts may still set an element's
 * style through the CSSOM, which the policy does not govern. tests/e2e/security.test.ts checks the
 * built pages for style attributes and plays every widget in Chromium watching for violations.
 */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers sent with every answer (pages, assets, redirects, errors), the same everywhere. No
 * Strict-Transport-Security: browsers ignore it over plain HTTP, and TLS ends at the Ingress, which
 * sends it (deploy/kubernetes/ingress.yaml).
 */
export const fixedHeaders = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', permissionsPolicy],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
];

/** Methods a static site answers; anything else gets 405 with `Allow`. */
export const allowedMethods = ['GET', 'HEAD'];

function firstMatch(rules, fallback, uri) {
  return rules.find((rule) => new RegExp(rule.pattern).test(uri))?.value ?? fallback;
}

export const cacheControlFor = (uri) => firstMatch(cacheRules, defaultCacheControl, uri);
export const resourcePolicyFor = (uri) => firstMatch(resourcePolicyRules, defaultResourcePolicy, uri);

/** The Content-Type a file is sent with, charset included where nginx's `charset_types` adds it. */
export function contentTypeFor(filePath) {
  const name = filePath.slice(filePath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const type = extensionlessTypes[name] ?? (dot > 0 ? contentTypes[name.slice(dot + 1)] : undefined) ?? defaultContentType;
  return textTypes.includes(type) ? `${type}; charset=utf-8` : type;
}
