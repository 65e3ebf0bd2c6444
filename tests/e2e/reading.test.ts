import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, withPage } from './browser';
import { copiedText, recordCopies } from './clipboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('theme', () => {
  it('follows the system, remembers the reader’s choice and survives corrupt storage', async () => {
    await withPage(browser, { colorScheme: 'dark' }, async ({ page, problems }) => {
      // Record the theme at first paint: the attribute must be set before the body is parsed.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { themeAtParse?: string }).themeAtParse = document.documentElement.dataset.theme;
        });
      });
      await page.goto(`${baseURL}/learn/docker`);
      expect(await page.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse)).toBe('dark');

      const toggle = page.getByRole('button', { name: '어두운 테마' });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await toggle.press('Enter');
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');

      await page.reload();
      expect(await page.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse)).toBe('light');

      await page.evaluate(() => localStorage.setItem('theme', '{"broken'));
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(problems.consoleErrors).toEqual([]);
    });
  });
});

describe('code blocks', () => {
  it('copy the code to the clipboard and say so to screen readers', async () => {
    await withPage(browser, { permissions: ['clipboard-write'] }, async ({ page, problems }) => {
      await recordCopies(page);
      await page.goto(`${baseURL}/learn/container`);
      const block = page.locator('[data-code-block]').first();
      const expected = await block.locator('pre code').textContent();
      await block.getByRole('button', { name: '코드 복사' }).click();
      await expect.poll(() => copiedText(page)).toBe(expected);
      await expect.poll(() => block.getByRole('status').textContent()).toBe('코드를 클립보드에 복사했습니다.');
      expect(problems.consoleErrors).toEqual([]);
    });
  });
});

describe('metadata', () => {
  it('gives each chapter its own title, description, canonical URL and preview tags', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(`${baseURL}/learn/kubernetes`);
      const head = await page.evaluate(() => {
        const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute('content') ?? null;
        return {
          lang: document.documentElement.lang,
          description: meta('meta[name="description"]'),
          canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          ogTitle: meta('meta[property="og:title"]'),
          ogUrl: meta('meta[property="og:url"]'),
          ogLocale: meta('meta[property="og:locale"]'),
          twitterCard: meta('meta[name="twitter:card"]'),
        };
      });
      expect(head.lang).toBe('ko');
      expect(head.description).toBeTruthy();
      expect(head.canonical).toMatch(/\/learn\/kubernetes$/);
      expect(head.ogTitle).toContain('쿠버네티스');
      expect(head.ogUrl).toMatch(/\/learn\/kubernetes$/);
      expect(head.ogLocale).toBe('ko_KR');
      expect(head.twitterCard).toBeTruthy();
    });
  });
});
