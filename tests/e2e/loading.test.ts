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
