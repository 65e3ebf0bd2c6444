import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossary } from '@/content/glossary';
import { axeViolations, baseURL, hydrated, launchBrowser, withPage } from './browser';
import { isFocused, tabTo } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const chapter = `${baseURL}/learn/kubernetes`;
const popover = (page: Page) => page.locator('#glossary-popover');
// The chapter's first glossary term in the prose, and what the popover must say about it.
const firstTerm = (page: Page) => page.locator('article a.glossary-link').first();

async function entryOf(term: Locator) {
  const href = (await term.getAttribute('href')) ?? '';
  const entry = glossary.find((candidate) => `/glossary#${candidate.id}` === href);
  if (!entry) throw new Error(`no glossary entry for ${href}`);
  // What a screen reader hears and the page shows: the `backticks` that mark code are not there.
  return { ...entry, href, spoken: entry.definition.replaceAll('`', '') };
}

// The accessible description Chromium computes for the element focused now, as assistive technology reads it.
async function focusedDescription(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
    const description = nodes[0]?.description?.value;
    return typeof description === 'string' ? description : '';
  } finally {
    await cdp.detach();
  }
}

// Where every block of the chapter sits: opening the popover must move none of them (CLS 0).
const blockPositions = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('article .prose > *, article a.glossary-link')].map((element) => {
      const box = element.getBoundingClientRect();
      return [
        Math.round(box.left + window.scrollX),
        Math.round(box.top + window.scrollY),
        Math.round(box.width),
        Math.round(box.height),
      ];
    }),
  );

const isOpen = (page: Page) => popover(page).evaluate((element) => element.matches(':popover-open'));

describe('glossary popover in Chromium', () => {
  it('keyboard: Tab to a term shows and describes its definition without moving anything; Escape hides it and keeps focus', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(chapter);
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      // The definitions travel only once a reader reaches for a term, not with the page.
      expect(requested).not.toContain('/glossary-definitions.json');

      const term = firstTerm(page);
      const entry = await entryOf(term);
      const before = await blockPositions(page);
      await tabTo(page, term);
      await expect.poll(() => isOpen(page)).toBe(true);
      expect(requested).toContain('/glossary-definitions.json');
      await expect.poll(() => popover(page).textContent()).toContain(entry.spoken);
      expect(await popover(page).getByRole('link', { name: '용어집에서 보기' }).getAttribute('href')).toBe(entry.href);
      await expect.poll(() => focusedDescription(page)).toBe(entry.spoken);
      expect(await isFocused(term)).toBe(true);
      expect(await blockPositions(page)).toEqual(before);

      // Beside the term: just below it (or above, near the bottom of the screen), inside the window.
      const [termBox, popoverBox] = await Promise.all([term.boundingBox(), popover(page).boundingBox()]);
      if (!termBox || !popoverBox) throw new Error('term or popover has no box');
      const gap = Math.min(
        Math.abs(popoverBox.y - (termBox.y + termBox.height)),
        Math.abs(termBox.y - (popoverBox.y + popoverBox.height)),
      );
      expect(gap).toBeLessThan(16);
      expect(popoverBox.x).toBeGreaterThanOrEqual(0);
      expect(popoverBox.x + popoverBox.width).toBeLessThanOrEqual(1280);

      await page.keyboard.press('Escape');
      await expect.poll(() => isOpen(page)).toBe(false);
      expect(await isFocused(term)).toBe(true);
      await expect.poll(() => focusedDescription(page)).toBe('');

      // The next term shows its own definition; the first no longer carries one.
      const second = page.locator('article a.glossary-link').nth(1);
      const secondEntry = await entryOf(second);
      await tabTo(page, second);
      await expect.poll(() => focusedDescription(page)).toBe(secondEntry.spoken);
      expect(await term.getAttribute('aria-describedby')).toBeNull();
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  });

  it('touch: a first tap shows the definition with 용어집에서 보기 inside, which goes to the entry', async () => {
    await withPage(
      browser,
      { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
      async ({ page, problems }) => {
        await page.goto(chapter);
        await hydrated(page);
        const term = firstTerm(page);
        const entry = await entryOf(term);
        await term.scrollIntoViewIfNeeded();
        const before = await blockPositions(page);
        await term.tap();
        await expect.poll(() => isOpen(page)).toBe(true);
        expect(page.url()).toBe(chapter);
        await expect.poll(() => popover(page).textContent()).toContain(entry.spoken);
        expect(await blockPositions(page)).toEqual(before);
        const box = await popover(page).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);

        // A tap elsewhere closes it, like any light-dismiss popover; a tap on the term shows it again.
        await page.getByRole('heading', { level: 1 }).tap();
        await expect.poll(() => isOpen(page)).toBe(false);
        await term.tap();
        await expect.poll(() => isOpen(page)).toBe(true);

        const more = popover(page).getByRole('link', { name: '용어집에서 보기' });
        expect(await more.isVisible()).toBe(true);
        await more.tap();
        await page.waitForURL(`${baseURL}${entry.href}`);
        expect(problems.consoleErrors).toEqual([]);
      },
    );
  });

  it('touch: a second tap on the term follows its link', async () => {
    await withPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }, async ({ page }) => {
      await page.goto(chapter);
      await hydrated(page);
      const term = firstTerm(page);
      const entry = await entryOf(term);
      await term.tap();
      await expect.poll(() => isOpen(page)).toBe(true);
      await term.tap();
      await page.waitForURL(`${baseURL}${entry.href}`);
    });
  });

  it('hover: the definition appears, stays while the pointer is on it, and goes once the pointer leaves', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      await page.goto(chapter);
      await hydrated(page);
      const term = firstTerm(page);
      const entry = await entryOf(term);
      await term.scrollIntoViewIfNeeded();
      const before = await blockPositions(page);
      await term.hover();
      await expect.poll(() => isOpen(page)).toBe(true);
      await expect.poll(() => popover(page).textContent()).toContain(entry.spoken);
      expect(await term.getAttribute('aria-describedby')).toBe('glossary-popover-definition');
      expect(await blockPositions(page)).toEqual(before);

      // Moving onto the popover (across the gap beside the term) keeps it while the reader reads. That it
      // stays can only be seen over time: one second, well past the 300 ms close delay.
      const box = await popover(page).boundingBox();
      if (!box) throw new Error('the popover has no box');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
      const stillOpen = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) =>
            setTimeout(() => resolve(document.getElementById('glossary-popover')?.matches(':popover-open') ?? false), 1000),
          ),
      );
      expect(stillOpen).toBe(true);

      await page.mouse.move(5, 890);
      await expect.poll(() => isOpen(page)).toBe(false);
      expect(await term.getAttribute('aria-describedby')).toBeNull();
      expect(problems.consoleErrors).toEqual([]);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the popover open (${colorScheme})`, async () => {
      await withPage(browser, { colorScheme, viewport: { width: 390, height: 844 } }, async ({ page }) => {
        await page.goto(chapter);
        await hydrated(page);
        await firstTerm(page).focus();
        await expect.poll(() => isOpen(page)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  it('appears without its fade when the reader asks for reduced motion', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await withPage(browser, { reducedMotion, viewport: { width: 1280, height: 900 } }, async ({ page }) => {
        await page.goto(chapter);
        await hydrated(page);
        await firstTerm(page).focus();
        await expect.poll(() => isOpen(page)).toBe(true);
        const transition = await popover(page).evaluate((element) => getComputedStyle(element).transitionProperty);
        expect(transition === 'none', reducedMotion).toBe(reducedMotion === 'reduce');
      });
    }
  });

  it('offline after one visit, the definitions come from the service worker precache', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ context, page }) => {
      // The home page fetches no definitions itself: whatever the chapter gets offline was precached.
      await page.goto(`${baseURL}/`);
      await hydrated(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      await context.setOffline(true);
      const fromWorker: boolean[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/glossary-definitions.json') fromWorker.push(response.fromServiceWorker());
      });
      await page.goto(chapter);
      await hydrated(page);
      const term = firstTerm(page);
      const entry = await entryOf(term);
      await term.focus();
      await expect.poll(() => isOpen(page)).toBe(true);
      await expect.poll(() => popover(page).textContent()).toContain(entry.spoken);
      expect(fromWorker).toEqual([true]);
    });
  });

  it('without JavaScript, a term is a plain link to its glossary entry', async () => {
    await withPage(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      await page.goto(chapter);
      const term = firstTerm(page);
      const entry = await entryOf(term);
      await term.click();
      await page.waitForURL(`${baseURL}${entry.href}`);
      expect(await page.locator(`[id="${entry.id}"]`).evaluate((element) => element.matches(':target'))).toBe(true);
    });
  });
});
