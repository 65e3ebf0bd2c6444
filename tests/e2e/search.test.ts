import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, withPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const dialog = (page: Page) => page.getByRole('dialog', { name: '강의 검색' });
const combobox = (page: Page) => dialog(page).getByRole('combobox', { name: '검색어' });

async function waitForHydration(page: Page) {
  // The button becomes visible (and focusable) once React has hydrated the header.
  await page.getByRole('banner').getByRole('button', { name: '검색' }).waitFor({ state: 'visible' });
}

describe('search in Chromium', () => {
  it('loads nothing before it is opened; / opens it, arrows and Enter land on the section', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${baseURL}/learn/docker`);
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      const beforeOpening = new Set(requested);
      expect([...beforeOpening].some((path) => path.includes('search-index'))).toBe(false);

      await page.keyboard.press('/');
      await expect.poll(() => combobox(page).evaluate((input) => input === document.activeElement)).toBe(true);
      await page.keyboard.type('레이어 캐시');
      const options = dialog(page).getByRole('option');
      await options.first().waitFor();
      await expect.poll(() => options.first().textContent()).toContain('레이어와 빌드 캐시');
      await expect.poll(() => options.first().locator('mark').first().textContent()).toMatch(/^(레이어|캐시)/);

      // The index and the code that searches it arrived only now.
      const afterOpening = requested.filter((path) => !beforeOpening.has(path));
      expect(afterOpening).toContain('/search-index.json');
      expect(afterOpening.some((path) => path.endsWith('.js'))).toBe(true);

      await page.keyboard.press('ArrowDown');
      const second = await options.nth(1).getAttribute('id');
      await expect.poll(() => combobox(page).getAttribute('aria-activedescendant')).toBe(second);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseURL}/learn/container#layers-and-cache`);
      await expect.poll(() => dialog(page).count()).toBe(0);
      const heading = page.getByRole('heading', { name: '레이어와 빌드 캐시' });
      await expect
        .poll(() =>
          heading.evaluate((element) => {
            const box = element.getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight / 2;
          }),
        )
        .toBe(true);

      expect(problems.consoleErrors).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  });

  it('opens with Ctrl+K, is axe-clean open with results in both themes, and Escape returns focus', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(browser, { colorScheme, viewport: { width: 390, height: 844 } }, async ({ page, problems }) => {
        await page.goto(`${baseURL}/learn/kubernetes`);
        await waitForHydration(page);
        await page.keyboard.press('Control+k');
        await combobox(page).waitFor();
        await page.keyboard.type('파드를');
        await dialog(page).getByRole('option').first().waitFor();
        expect(await axeViolations(page), colorScheme).toEqual([]);
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog(page).count()).toBe(0);

        // Opened from the button, closing gives focus back to the button.
        const button = page.getByRole('banner').getByRole('button', { name: '검색' });
        await button.focus();
        await page.keyboard.press('Enter');
        await combobox(page).waitFor();
        await page.keyboard.type('k8s');
        await dialog(page).getByRole('option').first().waitFor();
        await page.keyboard.press('Escape');
        await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
        expect(problems.consoleErrors).toEqual([]);
      });
    }
  });

  it('does not open while the reader types in a field, and fits a 320 px screen', async () => {
    await withPage(browser, { viewport: { width: 320, height: 640 } }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/`);
      await waitForHydration(page);
      await page.getByRole('banner').getByRole('button', { name: '검색' }).click();
      await combobox(page).fill('docker hub 공식 이미지');
      const first = dialog(page).getByRole('option').first();
      await expect.poll(() => first.getAttribute('href')).toBe('/learn/docker-hub#trusted-images');
      // "/" typed inside the search field is a character, not a shortcut.
      await combobox(page).press('/');
      await expect(combobox(page).inputValue()).resolves.toBe('docker hub 공식 이미지/');
      const box = await dialog(page).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await first.click();
      await page.waitForURL(`${baseURL}/learn/docker-hub#trusted-images`);
      expect(problems.consoleErrors).toEqual([]);
    });
  });
});
