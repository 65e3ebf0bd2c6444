import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getChapterMetas, type ChapterMeta } from '../../lib/content/chapters';
import { axeViolations, baseURL, launchBrowser, openPage } from './browser';

let browser: Browser;
let chapters: ChapterMeta[];

beforeAll(async () => {
  browser = await launchBrowser();
  chapters = await getChapterMetas();
});
afterAll(() => browser?.close());

describe('chapter pages', () => {
  it('each chapter loads with its title, marks itself in the sidebar and links to its neighbours', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    for (const [index, chapter] of chapters.entries()) {
      const response = await page.goto(`${baseURL}/learn/${chapter.slug}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(chapter.title);
      expect(await page.title()).toContain(chapter.title);

      const sidebar = page.getByRole('navigation', { name: '강의 목차' });
      const current = sidebar.locator('[aria-current="page"]');
      await expect(current.count()).resolves.toBe(1);
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
    await context.close();
  });

  it('follows the sidebar and the next links through the whole course', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseURL}/`);
    await page.getByRole('link', { name: '1장부터 시작하기' }).click();
    for (const chapter of chapters.slice(1)) {
      await page.getByRole('navigation', { name: '이전 장과 다음 장' }).getByRole('link', { name: /다음 장/ }).click();
      await page.waitForURL(`**/learn/${chapter.slug}`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(chapter.title);
    }
    const first = chapters[0]!;
    await page.getByRole('navigation', { name: '강의 목차' }).getByRole('link', { name: first.title }).click();
    await page.waitForURL(`**/learn/${first.slug}`);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('a heading anchor and a shared #section link scroll to the section', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 700 } });
    const chapter = chapters.at(-1)!;
    await page.goto(`${baseURL}/learn/${chapter.slug}`);
    const heading = page.locator('article h2[id]').nth(1);
    const id = await heading.getAttribute('id');
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    await heading.getByRole('link').click();
    await page.waitForURL(`**#${id}`);
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { timeout: 5000 }).toBeLessThan(200);

    await page.goto(`${baseURL}/`);
    await page.goto(`${baseURL}/learn/${chapter.slug}#${id}`);
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(200);
    expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('on a phone the chapter list is a menu that opens and marks the current chapter', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const chapter = chapters[2]!;
    await page.goto(`${baseURL}/learn/${chapter.slug}`);
    const menu = page.locator('summary', { hasText: '강의 목차 메뉴' });
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('navigation', { name: '강의 목차' }).isVisible()).resolves.toBe(false);
    await menu.click();
    const nav = page.getByRole('navigation', { name: '강의 목차' });
    await expect(nav.isVisible()).resolves.toBe(true);
    expect(await nav.locator('[aria-current="page"]').textContent()).toContain(chapter.title);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('reads without JavaScript: prose, highlighted code and navigation are in the HTML', async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false });
    for (const chapter of chapters) {
      await page.goto(`${baseURL}/learn/${chapter.slug}`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(chapter.title);
      const paragraphs = await page.locator('article .prose p').allTextContents();
      expect(paragraphs.join('').length).toBeGreaterThan(100);
      const code = page.locator('article pre.shiki');
      if ((await code.count()) > 0) expect(await code.first().locator('span[style]').count()).toBeGreaterThan(0);
    }
    await context.close();
  });
});

describe('every page', () => {
  const pages = () => ['/', ...chapters.map((chapter) => `/learn/${chapter.slug}`), '/this-page-does-not-exist'];

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations, console errors or foreign requests (${colorScheme})`, async () => {
      const { context, page, problems } = await openPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
      for (const pathname of pages()) {
        await page.goto(baseURL + pathname);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        expect(await axeViolations(page), pathname).toEqual([]);
      }
      const errors = problems.consoleErrors.filter((text) => !text.includes('404'));
      expect(errors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('an unknown URL answers 404 with a Korean page that links back', async () => {
    const { context, page } = await openPage(browser);
    for (const pathname of ['/nope', '/learn/nope', '/learn/docker/extra']) {
      const response = await page.goto(baseURL + pathname);
      expect(response?.status(), pathname).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('페이지를 찾을 수 없습니다');
      await expect(page.getByRole('link', { name: '처음 화면으로 돌아가기' }).getAttribute('href')).resolves.toBe('/');
    }
    await context.close();
  });
});
