import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterSlugs } from '@/content/manifest';
import { baseURL, hydrated, launchBrowser, openPage, quiet } from './browser';
import { focusByRole } from './keyboard';

// A section link (a teammate's 절 링크, the table of contents, a search result) must land with its
// heading at the top of the viewport, and keep it there while the page settles: widgets above it
// come alive and grow, and blocks laid out only near the viewport (content-visibility) take their
// real height. Measured once the page is quiet, for every h2/h3 id of every chapter at both widths.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const widths = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1280, height: 900 } },
] as const;

/** Where a heading lands, relative to where the page's scroll padding and its scroll margin put it. */
type Landing = { id: string; top: number; expected: number; atBottom: boolean };

const landing = (page: Page, id: string) =>
  page.evaluate((target): Landing | null => {
    const heading = document.getElementById(target);
    if (!heading) return null;
    const root = document.documentElement;
    // Where the browser itself puts a target: the page's scroll padding (clear of the sticky header)
    // plus the target's own scroll margin.
    const px = (value: string) => Number.parseFloat(value) || 0;
    const expected = px(getComputedStyle(root).scrollPaddingTop) + px(getComputedStyle(heading).scrollMarginTop);
    return {
      id: target,
      top: Math.round(heading.getBoundingClientRect().top),
      expected: Math.round(expected),
      // The last sections cannot be scrolled to the top: the page ends first.
      atBottom: Math.ceil(window.scrollY + window.innerHeight) >= root.scrollHeight - 2,
    };
  }, id);

/** "At the top": just below the 56 px header, not a header's height further down. */
const topMost = 100;

// Within 8 px of its place, or, near the end of the page, on screen below it with the page scrolled to the end.
const misplaced = (found: Landing | null) =>
  found !== null &&
  found.expected <= topMost &&
  (Math.abs(found.top - found.expected) <= 8 || (found.atBottom && found.top >= found.expected - 8 && found.top < 900))
    ? null
    : found;

async function landingOnceQuiet(page: Page, id: string) {
  return quiet(page, () => landing(page, id));
}

// The chapter's own sections (a widget's inner headings are not link targets).
const headingIds = (page: Page) =>
  page.locator('article .prose > :is(h2, h3)[id]').evaluateAll((headings) => headings.map((heading) => heading.id));

describe.each(widths)('section links at $name width', ({ viewport }) => {
  it.each(chapterSlugs)(
    'every h2/h3 of /learn/%s lands at the top when opened by URL',
    async (slug) => {
      const { context, page, problems } = await openPage(browser, { viewport });
      try {
        await page.goto(`${baseURL}/learn/${slug}`);
        const ids = await headingIds(page);
        expect(ids.length).toBeGreaterThan(3);
        const wrong: Landing[] = [];
        for (const id of ids) {
          // A fresh document each time, as a link from outside the page opens it.
          await page.goto('about:blank');
          await page.goto(`${baseURL}/learn/${slug}#${encodeURIComponent(id)}`);
          const found = misplaced(await landingOnceQuiet(page, id));
          if (found) wrong.push(found);
        }
        expect(wrong).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    600_000,
  );
});

describe('section links from the page itself', () => {
  it.each(widths)(
    'a table-of-contents link at $name width lands on its heading, and the contents mark it as the current section',
    async ({ name, viewport }) => {
      const { context, page, problems } = await openPage(browser, { viewport });
      try {
        await page.goto(`${baseURL}/learn/kubernetes`);
        await hydrated(page);
        const toc = page.getByRole('navigation', { name: '이 장의 내용' }).filter({ visible: true });
        // On a phone the contents are a box at the top of the chapter, opened first.
        const box = page.locator('summary', { hasText: '이 장의 내용' });
        if (name === 'phone') await box.click();
        for (const section of ['sandbox', 'quiz']) {
          const link = toc.locator(`a[href="#${section}"]`);
          if (name === 'phone' && !(await link.isVisible())) {
            await box.scrollIntoViewIfNeeded();
            await box.click();
          }
          await link.click();
          await page.waitForURL(`**/learn/kubernetes#${section}`);
          expect(misplaced(await landingOnceQuiet(page, section))).toBeNull();
          await expect.poll(() => toc.locator('[aria-current="location"]').getAttribute('href')).toBe(`#${section}`);
        }
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it.each(widths)(
    'a search result at $name width lands on its section in another chapter',
    async ({ viewport }) => {
      const { context, page, problems } = await openPage(browser, { viewport });
      try {
        await page.goto(`${baseURL}/learn/docker`);
        await page.getByRole('banner').getByRole('button', { name: '검색' }).click();
        const dialog = page.getByRole('dialog', { name: '강의 검색' });
        await dialog.getByRole('combobox', { name: '검색어' }).fill('롤링 업데이트');
        const option = dialog.getByRole('option').first();
        await option.waitFor();
        await option.click();
        await page.waitForURL(/\/learn\/kubernetes#/);
        const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
        expect(misplaced(await landingOnceQuiet(page, id))).toBeNull();
        expect(problems.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});

// The keyboard helper is used here too: a reader who tabs to a TOC link and presses Enter lands the same way.
describe('by keyboard', () => {
  it('Enter on a table-of-contents link lands on its heading', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseURL}/learn/kubernetes`);
      const toc = page.getByRole('navigation', { name: '이 장의 내용' }).filter({ visible: true });
      const name = await toc.locator('a[href="#sandbox"]').innerText();
      await focusByRole(toc.getByRole('link', { name, exact: true }));
      await page.keyboard.press('Enter');
      await page.waitForURL('**/learn/kubernetes#sandbox');
      expect(misplaced(await landingOnceQuiet(page, 'sandbox'))).toBeNull();
    } finally {
      await context.close();
    }
  }, 120_000);
});
