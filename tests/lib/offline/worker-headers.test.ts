import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheControlFor, contentSecurityPolicy, contentTypeFor } from '../../../deploy/http-policy.mjs';

describe('how the worker and the manifest are served', () => {
  it('sends /sw.js with no-cache, so a new build reaches the reader on the next navigation', () => {
    expect(cacheControlFor('/sw.js')).toBe('no-cache');
    // Only the worker: chunks keep their year, other scripts revalidate as before.
    expect(cacheControlFor('/_next/static/chunks/sw.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/sw.js.map')).toBe('public, max-age=0, must-revalidate');
    expect(readFileSync('deploy/nginx/policy-http.conf', 'utf8')).toContain('~^/sw\\.js$ "no-cache";');
  });

  it('lets the page register a worker and read a manifest from its own origin only', () => {
    const policy = contentSecurityPolicy("'sha256-x'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("manifest-src 'self'");
    expect(contentTypeFor('out/manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeFor('out/sw.js')).toBe('application/javascript; charset=utf-8');
  });
});
