import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterSlugs } from '../../content/manifest';
import { baseURL, launchBrowser, openPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('loading order', () => {
  it.each(chapterSlugs)('/learn/%s paints its text before it requests any script, then comes alive', async (slug) => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseURL}/learn/${slug}`);
    // The theme toggle is rendered by React: once it is there, the page has hydrated.
    await page.getByRole('button', { name: '어두운 테마' }).waitFor();
    const timing = await page.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => entry.startTime),
    }));
    expect(timing.firstContentfulPaint).toBeGreaterThan(0);
    expect(timing.scripts.length).toBeGreaterThan(0);
    expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.firstContentfulPaint!);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('a chapter downloads no other page while it loads: the service worker caches those', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    const payloads: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.searchParams.has('_rsc') || url.pathname.endsWith('.txt')) payloads.push(url.pathname);
    });
    await page.goto(`${baseURL}/learn/docker`);
    await page.getByRole('button', { name: '어두운 테마' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(payloads).toEqual([]);
    // Following a link still works, and fetches that one page's payload.
    await page
      .getByRole('navigation', { name: '이전 장과 다음 장' })
      .getByRole('link', { name: /다음 장/ })
      .click();
    await page.waitForURL(`${baseURL}/learn/background`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.close();
  });

  it('every script a page boots with is compiled while it streams in, off the main thread', async () => {
    const html = await (await fetch(`${baseURL}/learn/kubernetes`)).text();
    const sources = JSON.parse(/loadAfterFirstPaint[\s\S]*?\}\)\((\[[^\]]*\])\)<\/script>/.exec(html)![1]!) as string[];
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const javascript = await (await fetch(`${baseURL}${source}`)).text();
      expect(javascript.split('\n', 1)[0], source).toBe('//# allFunctionsCalledOnLoad');
    }
  });
});
