import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { chapterSlugs } from '../../content/manifest';
import { baseURL, launchBrowser, openPage } from './browser';
import { rawRequest } from './http-answers';

// Headers are nginx's job (deploy/nginx/site.conf); the plain local server has none. CI always
// serves with nginx (global-setup refuses to run there without it).
const servedByNginx = inject('serverKind') === 'nginx';
const pages = ['/', '/glossary', ...chapterSlugs.map((slug) => `/learn/${slug}`)];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.runIf(servedByNginx)('nginx serving the static export', () => {
  it.each(pages)('%s answers 200 with the security headers and a strict script policy', async (pathname) => {
    const response = await fetch(baseURL + pathname);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("style-src-attr 'unsafe-inline';");
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
  });

  it.each(['/learn', '/learn/', '/learn/docker/', '/glossary/', '/_next/'])('%s redirects with a path-only Location, never a 403', async (pathname) => {
    const answer = await rawRequest(baseURL, 'GET', pathname);
    expect(answer.status).toBeOneOf([301, 302]);
    expect(answer.headers.location).toMatch(/^\/(?!\/)/);
    const followed = await fetch(baseURL + pathname);
    expect(followed.status).not.toBe(403);
  });

  it('sends /learn to the home page and a trailing slash to the page, query kept', async () => {
    expect((await rawRequest(baseURL, 'GET', '/learn')).headers.location).toBe('/');
    expect((await rawRequest(baseURL, 'GET', '/learn/docker/?scene=a.1.b')).headers.location).toBe('/learn/docker?scene=a.1.b');
    expect((await fetch(`${baseURL}/learn/`)).url).toBe(`${baseURL}/`);
  });

  it.each([
    ['/404', 404],
    ['/_not-found', 404],
    ['/404.html', 404],
    ['/%00', 400],
    [`/${'x'.repeat(100_000)}`, 414],
  ])('%s answers %i with the Korean page', async (pathname, status) => {
    const response = await fetch(baseURL + pathname);
    expect(response.status).toBe(status);
    expect(await response.text()).toContain('페이지를 찾을 수 없습니다');
  });

  it('answers an unknown URL with the Korean 404 page, status 404 and the same headers', async () => {
    const response = await fetch(`${baseURL}/learn/no-such-chapter`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('페이지를 찾을 수 없습니다');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const html = await (await fetch(`${baseURL}/learn/docker`)).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(baseURL + script, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(['br', 'gzip']).toContain(response.headers.get('content-encoding'));
  });

  it('reports no CSP violation in Chromium on any page, widgets playing included', async () => {
    const { context, page, problems } = await openPage(browser);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    for (const pathname of [...pages, '/no-such-page']) {
      await page.goto(baseURL + pathname);
      // Hydration proves the framework's inline scripts ran; then play whatever the page offers.
      for (const name of ['빌드', '재생']) {
        const button = page.getByRole('button', { name, exact: true }).first();
        if (await button.count()) await button.click();
      }
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), pathname).toEqual([]);
    }
    // The one expected error: the browser logs the 404 status of the missing page itself.
    expect(problems.consoleErrors.filter((text) => !text.includes('status of 404'))).toEqual([]);
    await context.close();
  });
});
