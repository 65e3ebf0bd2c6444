import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentTypeFor, fixedHeaders, permissionsPolicy } from '../../../deploy/http-policy.mjs';
import { policyFiles } from '../../../lib/server/nginx-policy.mjs';

describe('the HTTP policy is written once and nginx is made from it', () => {
  it.each(Object.entries(policyFiles))(
    'deploy/nginx/%s is what lib/server/nginx-policy.mjs makes (run scripts/server/write-nginx-policy.mjs after a policy change)',
    (name, write) => {
      expect(readFileSync(`deploy/nginx/${name}`, 'utf8')).toBe(write());
    },
  );

  it('nginx includes the written files where they belong', () => {
    const production = readFileSync('deploy/nginx/nginx.conf', 'utf8');
    expect(production).toMatch(/http \{[\s\S]*include \/etc\/nginx\/site\/policy-http\.conf;/);
    expect(production).toMatch(
      /server \{[\s\S]*include \/etc\/nginx\/site\/policy-server\.conf;\s+include \/etc\/nginx\/site\/site\.conf;/,
    );
    expect(production).not.toContain('mime.types');
  });
});

describe('the headers follow the OWASP Secure Headers Project', () => {
  const headers = Object.fromEntries(fixedHeaders);

  it('sends the headers OWASP recommends for a static site', () => {
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Permitted-Cross-Domain-Policies': 'none',
    });
  });

  it('turns off every powerful feature but the one the site uses (clipboard-write; web-share keeps its default)', () => {
    const features = Object.fromEntries(permissionsPolicy.split(', ').map((entry) => entry.split('=')));
    expect(Object.keys(features).length).toBeGreaterThanOrEqual(20);
    expect(features).toMatchObject({ camera: '()', microphone: '()', geolocation: '()', 'clipboard-write': '(self)' });
    expect(features).not.toHaveProperty('web-share');
    expect(Object.values(features).filter((value) => value !== '()')).toHaveLength(1);
  });

  it('allows no inline style, no eval and no framing', () => {
    const csp = contentSecurityPolicy("'sha256-x'");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('style-src-attr');
    expect(csp).not.toContain('unsafe');
    expect(csp).toContain("script-src 'self' 'sha256-x';");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('leaves HSTS to where TLS ends (the Ingress)', () => {
    expect(Object.keys(headers)).not.toContain('Strict-Transport-Security');
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['/learn/docker.html', 'text/html; charset=utf-8'],
    ['/_next/static/chunks/a.js', 'application/javascript; charset=utf-8'],
    ['/learn/docker.txt', 'text/plain; charset=utf-8'],
    ['/sitemap.xml', 'text/xml; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml; charset=utf-8'],
    ['/learn/docker/opengraph-image', 'image/png'],
    ['/404.html.br', 'application/octet-stream'],
    ['/README', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
