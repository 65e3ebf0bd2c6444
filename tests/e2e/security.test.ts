import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { chapterSlugs } from '../../content/manifest';
import { baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { rawRequest } from './http-answers';

// Headers are nginx's job (deploy/nginx/site.conf); the plain local server has none. CI always
// serves with nginx (global-setup refuses to run there without it).
const servedByNginx = inject('serverKind') === 'nginx';
const pages = ['/', '/glossary', ...chapterSlugs.map((slug) => `/learn/${slug}`)];

// How many widgets a page places: every use of a component that lazy-widgets.tsx exports, in the
// chapter's MDX. Counted from the source so a widget that never comes alive fails the test.
const widgetNames = [
  ...readFileSync('components/widgets/lazy-widgets.tsx', 'utf8').matchAll(/^export const (\w+) = deferred/gm),
].map(([, name]) => name);
function widgetsIn(pathname: string): number {
  const slug = /^\/learn\/([a-z0-9-]+)$/.exec(pathname)?.[1];
  if (!slug) return 0;
  const source = readFileSync(`content/chapters/${slug}.mdx`, 'utf8');
  return widgetNames.reduce((total, name) => total + [...source.matchAll(new RegExp(`<${name}[\\s/>]`, 'g'))].length, 0);
}

// Controls that do not move a widget on: going back, starting over, pausing, sharing.
const notForward = new Set(['처음부터', '이전 단계', '일시 정지', '이 장면 공유']);

// Plays a widget as a reader would: the next step if it offers one, else its own actions in order,
// then its slider, until one of them changes the narration (playing at a steady state may not).
async function playUntilNarrationChanges(widget: Locator, label: string) {
  const narration = widget.locator('[aria-live]').first();
  const next = widget.getByRole('button', { name: '다음 단계', exact: true });
  const buttons = await widget.getByRole('button').all();
  const names = await Promise.all(buttons.map(async (button) => ((await button.textContent()) ?? '').trim()));
  const actions: (() => Promise<void>)[] = [
    ...((await next.count()) > 0 ? [() => next.click({ timeout: 2_000 })] : []),
    ...buttons.filter((_, index) => !notForward.has(names[index] ?? '')).map((button) => () => button.click({ timeout: 2_000 })),
    ...(await widget.getByRole('slider').all()).map((slider) => () => slider.press('ArrowRight', { timeout: 2_000 })),
  ];
  for (const act of actions) {
    const before = await narration.textContent();
    if (
      !(await act().then(
        () => true,
        () => false,
      ))
    )
      continue;
    const changed = await expect
      .poll(() => narration.textContent(), { timeout: 4_000 })
      .not.toBe(before)
      .then(
        () => true,
        () => false,
      );
    if (changed) return;
  }
  throw new Error(`${label}: nothing in the widget changed its narration`);
}

// The policy allows no style attribute, so no page may carry one: it would be dropped, and Chromium
// would report it. Every exported page, and every class it uses for a bar or a grid has a rule.
describe('the exported pages', () => {
  const htmlFiles = readdirSync('out', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const css = readdirSync('out/_next/static', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(path.join('out/_next/static', file), 'utf8'))
    .join('\n');

  it.each(htmlFiles)('%s has no style attribute, and a rule for each class it builds at run time', (file) => {
    const html = readFileSync(path.join('out', file), 'utf8');
    expect(html.match(/<[^>]+\sstyle=[^>]*>/g) ?? []).toEqual([]);
    const built = new Set(html.match(/\b(?:scale-x-\d+|grid-cols-\d+|col-span-\d+|sh-(?:c|d|bg|dbg)-[0-9a-f]+)\b/g) ?? []);
    for (const name of built) expect(css, name).toContain(`.${name}`);
  });
});

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
    const scriptSrc =
      csp
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('script-src')) ?? '';
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
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
  });

  it.each(['/learn', '/learn/', '/learn/docker/', '/glossary/', '/_next/'])(
    '%s redirects with a path-only Location, never a 403',
    async (pathname) => {
      const answer = await rawRequest(baseURL, 'GET', pathname);
      expect(answer.status).toBeOneOf([301, 302]);
      expect(answer.headers.location).toMatch(/^\/(?!\/)/);
      const followed = await fetch(baseURL + pathname);
      expect(followed.status).not.toBe(403);
    },
  );

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

  it.each([...pages, '/no-such-page'])('%s: no CSP violation in Chromium, every widget played', async (pathname) => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await page.goto(baseURL + pathname);

      // Widgets go live only near the viewport: scroll down a screen at a time, as a reader does,
      // until every widget the chapter places is live (it has its narration).
      const expected = widgetsIn(pathname);
      const live = page.locator('figure').filter({ has: page.locator('[aria-live]') });
      await expect
        .poll(
          async () => {
            const count = await live.count();
            if (count < expected) await page.evaluate(() => window.scrollBy(0, window.innerHeight));
            return count;
          },
          { timeout: 30_000, interval: 250 },
        )
        .toBe(expected);

      for (let index = 0; index < expected; index += 1) {
        const widget = live.nth(index);
        await scrollToLive(widget, widget.locator('[aria-live]').first());
        await playUntilNarrationChanges(widget, `${pathname} widget ${index + 1}`);
      }

      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), pathname).toEqual([]);
      // The one expected error: the browser logs the 404 status of the missing page itself.
      expect(problems.consoleErrors.filter((text) => !text.includes('status of 404'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
