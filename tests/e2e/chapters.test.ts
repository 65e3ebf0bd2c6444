import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getChapterMetas, type ChapterMeta } from '../../lib/content/chapters';
import { axeViolations, baseURL, hydrated, launchBrowser, withPage } from './browser';

let browser: Browser;
let chapters: ChapterMeta[];

beforeAll(async () => {
  browser = await launchBrowser();
  chapters = await getChapterMetas();
});
afterAll(() => browser?.close());

describe('chapter pages', () => {
  it('each chapter loads with its title, marks itself in the sidebar and links to its neighbours', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      for (const [index, chapter] of chapters.entries()) {
        const response = await page.goto(`${baseURL}/learn/${chapter.slug}`);
        expect(response?.status()).toBe(200);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(chapter.title);
        expect(await page.title()).toContain(chapter.title);

        const sidebar = page.getByRole('navigation', { name: '강의 목차' });
        const current = sidebar.locator('[aria-current="page"]');
        await expect.poll(() => current.count()).toBe(1);
        expect(await current.getAttribute('href')).toBe(`/learn/${chapter.slug}`);

        const pager = page.getByRole('navigation', { name: '이전 장과 다음 장' });
        const previous = chapters[index - 1];
        const next = chapters[index + 1];
        const hrefs = (rel: string) =>
          pager.locator(`a[rel="${rel}"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(await hrefs('prev')).toEqual(previous ? [`/learn/${previous.slug}`] : []);
        expect(await hrefs('next')).toEqual(next ? [`/learn/${next.slug}`] : []);
      }
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('follows the sidebar and the next links through the whole course', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/`);
      await page.getByRole('link', { name: '1장부터 시작하기' }).click();
      for (const chapter of chapters.slice(1)) {
        await page
          .getByRole('navigation', { name: '이전 장과 다음 장' })
          .getByRole('link', { name: /다음 장/ })
          .click();
        await page.waitForURL(`**/learn/${chapter.slug}`);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(chapter.title);
      }
      const first = chapters[0]!;
      await page.getByRole('navigation', { name: '강의 목차' }).getByRole('link', { name: first.title }).click();
      await page.waitForURL(`**/learn/${first.slug}`);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('a heading anchor and a shared #section link scroll to the section', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 700 } }, async ({ page }) => {
      const chapter = chapters.at(-1)!;
      await page.goto(`${baseURL}/learn/${chapter.slug}`);
      const heading = page.locator('article h2[id]').nth(1);
      const id = await heading.getAttribute('id');
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      await heading.getByRole('link').click();
      await page.waitForURL(`**#${id}`);
      await expect
        .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { timeout: 5000 })
        .toBeLessThan(200);

      await page.goto(`${baseURL}/`);
      await page.goto(`${baseURL}/learn/${chapter.slug}#${id}`);
      await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(200);
      expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    });
  });

  it.each(['%zz', '%', '%E0%A4%A'])(
    'a malformed link fragment (#%s) leaves the chapter and its widgets in place',
    async (fragment) => {
      await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
        await page.goto(`${baseURL}/learn/docker#${fragment}`);
        await hydrated(page);
        await page.waitForLoadState('networkidle');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(chapters[0]!.title);
        // Every widget reads the fragment as it mounts, and comes alive as the reader reaches it.
        await page.locator('figure[id]').first().scrollIntoViewIfNeeded();
        await expect.poll(() => page.locator('figure [data-narration]').count()).toBeGreaterThan(0);
        expect(problems.consoleErrors).toEqual([]);
      });
    },
  );

  it('on a phone the chapter list is a menu that opens and marks the current chapter', async () => {
    await withPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async ({ page }) => {
      const chapter = chapters[2]!;
      await page.goto(`${baseURL}/learn/${chapter.slug}`);
      const menu = page.locator('summary', { hasText: '강의 목차 메뉴' });
      await expect.poll(() => menu.isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('navigation', { name: '강의 목차' }).isVisible()).toBe(false);
      await menu.click();
      const nav = page.getByRole('navigation', { name: '강의 목차' });
      await expect.poll(() => nav.isVisible()).toBe(true);
      expect(await nav.locator('[aria-current="page"]').textContent()).toContain(chapter.title);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(390);
    });
  });

  it('reads without JavaScript: prose, highlighted code and navigation are in the HTML', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      for (const chapter of chapters) {
        await page.goto(`${baseURL}/learn/${chapter.slug}`);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(chapter.title);
        const paragraphs = await page.locator('article .prose p').allTextContents();
        expect(paragraphs.join('').length).toBeGreaterThan(100);
        const code = page.locator('article pre.shiki');
        if ((await code.count()) > 0) expect(await code.first().locator('span[style]').count()).toBeGreaterThan(0);
      }
    });
  });
});

describe('every page', () => {
  const pages = () => ['/', ...chapters.map((chapter) => `/learn/${chapter.slug}`), '/glossary', '/this-page-does-not-exist'];

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations, console errors or foreign requests (${colorScheme})`, async () => {
      await withPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
        for (const pathname of pages()) {
          await page.goto(baseURL + pathname);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
          expect(await axeViolations(page), pathname).toEqual([]);
        }
        const errors = problems.consoleErrors.filter((text) => !text.includes('404'));
        expect(errors).toEqual([]);
        expect(problems.foreignRequests).toEqual([]);
      });
    });
  }

  it('an unknown URL answers 404 with a Korean page that links back', async () => {
    await withPage(browser, {}, async ({ page }) => {
      for (const pathname of ['/nope', '/learn/nope', '/learn/docker/extra']) {
        const response = await page.goto(baseURL + pathname);
        expect(response?.status(), pathname).toBe(404);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('페이지를 찾을 수 없습니다');
        await expect.poll(() => page.getByRole('link', { name: '처음 화면으로 돌아가기' }).getAttribute('href')).toBe('/');
      }
    });
  });
});
