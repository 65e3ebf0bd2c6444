import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { isFocused, narration, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const caption = /^가상 머신과 컨테이너: 같은 앱을/;

function parts(page: Page) {
  const widget = page.getByRole('figure', { name: caption });
  const button = (name: string) => widget.getByRole('button', { name, exact: true });
  const side = (name: '가상 머신' | '컨테이너') => widget.getByRole('region', { name: new RegExp(`^${name} \\(`) });
  const stopwatch = (name: '가상 머신' | '컨테이너') => side(name).locator('[data-stopwatch]');
  return { widget, button, side, stopwatch };
}

async function open(page: Page, query = '') {
  await page.goto(`${baseURL}/learn/background${query}`);
  const { widget, button } = parts(page);
  await scrollToLive(widget, button('동시에 시작'));
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ');

describe('vm-vs-container widget', () => {
  it('Tab walks its controls in reading order', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await open(page);
      const { button } = parts(page);
      await button('동시에 시작').focus();
      const order = [
        '처음부터',
        '가상 머신 시작',
        '가상 머신 하나 끄기',
        '가상 머신 가득 채우기',
        '컨테이너 시작',
        '컨테이너 하나 끄기',
        '컨테이너 가득 채우기',
        '이 장면 공유',
      ];
      for (const name of order) {
        await page.keyboard.press('Tab');
        expect(await isFocused(button(name)), name).toBe(true);
      }
    } finally {
      await context.close();
    }
  });

  it('races both sides by keyboard at 390 px: one sentence for the race, the container runs long before the VM', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true });
    try {
      await open(page);
      const { widget, button, stopwatch, side } = parts(page);
      expect(await axeViolations(page)).toEqual([]);
      await expect.poll(() => text(widget)).toContain('시간은 10배 빠르게 보여 줍니다');

      await button('동시에 시작').focus();
      await page.keyboard.press('Enter');
      await waitForNarration(widget, '가상 머신과 컨테이너를 동시에 시작했습니다');
      await expect.poll(() => text(stopwatch('컨테이너'))).toBe('1번 컨테이너: 0.5초 만에 앱 시작');
      expect(await text(stopwatch('가상 머신'))).not.toContain('만에 앱 시작');
      await expect.poll(() => text(stopwatch('가상 머신')), { timeout: 10_000 }).toBe('1번 가상 머신: 30초 만에 앱 시작');
      // Booting changed nothing in the narration: one message for the one action.
      expect(await narration(widget).textContent()).toContain('가상 머신과 컨테이너를 동시에 시작했습니다');

      await button('컨테이너 가득 채우기').focus();
      await page.keyboard.press('Enter');
      await waitForNarration(widget, '컨테이너 149개를 더 시작해서 모두 150개입니다');
      await expect.poll(() => text(side('컨테이너').getByRole('heading'))).toBe('컨테이너 (150개)');
      expect(await isFocused(button('컨테이너 가득 채우기'))).toBe(true);
      expect(await button('컨테이너 시작').getAttribute('aria-disabled')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      expect(await noOverflow(page)).toBeLessThanOrEqual(390);

      await button('처음부터').focus();
      await page.keyboard.press('Enter');
      await waitForNarration(widget, '같은 앱을 가상 머신과 컨테이너로 시작해 봅니다');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('survives fast clicks in odd orders', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    try {
      await open(page);
      const { button, side } = parts(page);
      // A reader can press a dimmed (aria-disabled) button too: force skips Playwright's enabled check.
      const press = (name: string) => button(name).click({ force: true, delay: 0 });
      for (let i = 0; i < 12; i++) await press('가상 머신 시작');
      await press('가상 머신 하나 끄기');
      await press('가상 머신 가득 채우기');
      await press('동시에 시작');
      for (let i = 0; i < 3; i++) await press('컨테이너 하나 끄기');
      await press('컨테이너 가득 채우기');
      await press('동시에 시작');
      await expect.poll(() => text(side('가상 머신').getByRole('heading'))).toBe('가상 머신 (7대)');
      await expect.poll(() => text(side('컨테이너').getByRole('heading'))).toBe('컨테이너 (150개)');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('opens a shared scene paused at its moment, plays on, and refuses a tampered link politely', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseURL}/learn/background?scene=vm-vs-container.1.6_0r_3fv#vm-vs-container`);
      const { widget, button, stopwatch } = parts(page);
      await widget.getByText(/공유받은 장면을 그대로 열었습니다/).waitFor();
      expect(await text(stopwatch('가상 머신'))).toBe('7번 가상 머신: 가상 하드웨어 켜기 중 · 1.5초째');
      await button('재생').click();
      await expect.poll(() => text(stopwatch('가상 머신')), { timeout: 10_000 }).toBe('7번 가상 머신: 30초 만에 앱 시작');

      await page.goto(`${baseURL}/learn/background?scene=vm-vs-container.1.0_0xv#vm-vs-container`);
      await widget.getByText(/링크가 올바르지 않아 열 수 없었습니다/).waitFor();
      await page.goto(`${baseURL}/learn/background?scene=vm-vs-container.1.${'9'.repeat(2000)}#vm-vs-container`);
      await widget.getByText(/링크가 올바르지 않아 열 수 없었습니다/).waitFor();
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('in dark mode with reduced motion waits for the reader, then still plays to the end', async () => {
    const { context, page, problems } = await openPage(browser, {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      colorScheme: 'dark',
    });
    try {
      await open(page);
      const { widget, button, stopwatch } = parts(page);
      await button('동시에 시작').click();
      await waitForNarration(widget, '동시에 시작했습니다');
      await expect.poll(() => text(stopwatch('가상 머신')), { timeout: 10_000 }).toBe('1번 가상 머신: 30초 만에 앱 시작');
      const durations = await widget
        .locator('*')
        .evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
      expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('without JavaScript shows both hosts filled and a transcript', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      await page.goto(`${baseURL}/learn/background`);
      const { widget, side } = parts(page);
      expect(await widget.getByRole('button').count()).toBe(0);
      expect(await text(side('가상 머신').getByRole('heading'))).toBe('가상 머신 (7대)');
      expect(await text(side('컨테이너').getByRole('heading'))).toBe('컨테이너 (150개)');
      await widget.getByText('단계별 설명 읽기').click();
      await widget
        .locator('details')
        .getByText(/같은 메모리에 가상 머신은 7대입니다/)
        .waitFor();
      expect(await noOverflow(page)).toBeLessThanOrEqual(390);
    } finally {
      await context.close();
    }
  });
});
