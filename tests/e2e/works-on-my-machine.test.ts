import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { isFocused, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const caption = /^내 컴퓨터에서는 되는데:/;

function parts(page: Page) {
  const widget = page.getByRole('figure', { name: caption });
  return {
    widget,
    mode: (name: '설치된 그대로 실행' | '도커로 실행') => widget.getByRole('radio', { name, exact: true }),
    select: (name: string) => widget.getByRole('combobox', { name, exact: true }),
    platform: widget.getByRole('combobox', { name: /^이미지를 빌드한 플랫폼/ }),
    card: (name: string) => widget.getByRole('region', { name: new RegExp(`^${name}`) }),
    button: (name: string) => widget.getByRole('button', { name, exact: true }),
  };
}

async function open(page: Page, query = '') {
  await page.goto(`${baseURL}/learn/docker${query}`);
  const { widget, mode } = parts(page);
  await scrollToLive(widget, mode('설치된 그대로 실행'));
}

const verdicts = (page: Page) =>
  Promise.all(
    ['내 맥', '동료의 윈도우 노트북', '운영 서버'].map((name) =>
      parts(page)
        .card(name)
        .getByText(/^(잘 됨|안 됨)/)
        .textContent(),
    ),
  );

describe('works-on-my-machine widget', () => {
  it('Tab walks its controls in reading order', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await open(page);
      const { mode, platform, select } = parts(page);
      await mode('설치된 그대로 실행').focus();
      for (const next of [
        platform,
        select('내 맥의 Ruby'),
        select('내 맥의 이미지 라이브러리'),
        select('내 맥의 한글 글꼴'),
        select('내 맥의 데이터베이스'),
        select('동료의 윈도우 노트북의 Ruby'),
      ]) {
        await page.keyboard.press('Tab');
        expect(await isFocused(next)).toBe(true);
      }
    } finally {
      await context.close();
    }
  });

  it('plays through by keyboard at 390 px: installed, a fix, Docker (nothing installed), a one-CPU image', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true });
    try {
      await open(page);
      const { widget, mode, select, platform, card } = parts(page);
      expect(await axeViolations(page)).toEqual([]);

      await mode('설치된 그대로 실행').focus();
      await page.keyboard.press('Space');
      await waitForNarration(widget, '코드는 같은데 설치된 것이 달라서 결과가 다릅니다');
      expect(await verdicts(page)).toEqual(['잘 됨', '안 됨', '안 됨']);
      expect(await axeViolations(page)).toEqual([]);

      // The select's value moves with the arrow keys.
      await select('운영 서버의 한글 글꼴').focus();
      await page.keyboard.press('ArrowUp');
      await waitForNarration(widget, '운영 서버에 한글 글꼴을 설치했습니다. 다시 실행하니 잘 됩니다.');

      await mode('설치된 그대로 실행').focus();
      await page.keyboard.press('ArrowRight');
      await waitForNarration(widget, '세 곳 모두 잘 됩니다');
      expect(await isFocused(mode('도커로 실행'))).toBe(true);
      expect(await mode('도커로 실행').isChecked()).toBe(true);
      expect(await mode('설치된 그대로 실행').isChecked()).toBe(false);
      expect(await verdicts(page)).toEqual(['잘 됨', '잘 됨', '잘 됨']);
      expect(await card('운영 서버').getByText('설치 (bundle install)').count()).toBe(0);
      expect(await card('운영 서버').getByText('이미지 받기 (docker pull)').count()).toBe(1);

      await platform.focus();
      await page.keyboard.press('ArrowDown');
      await waitForNarration(widget, 'amd64 CPU인 이 서버에서는 실행되지 않습니다');
      expect(await verdicts(page)).toEqual(['잘 됨', '잘 됨 (에뮬레이션)', '안 됨']);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('opens a shared scene, 처음부터 forgets it, and a tampered link is refused politely', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseURL}/learn/docker?scene=works-on-my-machine.1.d_b1#works-on-my-machine`);
      const { widget, mode, button } = parts(page);
      await widget.getByText(/공유받은 장면을 그대로 열었습니다/).waitFor();
      expect(await mode('도커로 실행').isChecked()).toBe(true);
      expect(await verdicts(page)).toEqual(['잘 됨', '잘 됨 (에뮬레이션)', '안 됨']);
      await button('처음부터').click();
      await expect.poll(() => page.evaluate(() => location.search)).toBe('');
      expect(await mode('도커로 실행').isChecked()).toBe(false);

      for (const payload of ['d_d', 'reset', '9'.repeat(2000), 'd_b1_%3Cscript%3E']) {
        await page.goto(`${baseURL}/learn/docker?scene=works-on-my-machine.1.${payload}#works-on-my-machine`);
        await widget.getByText(/링크가 올바르지 않아 열 수 없었습니다/).waitFor();
      }
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('in dark mode with reduced motion nothing moves and axe stays clean', async () => {
    const { context, page, problems } = await openPage(browser, {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      colorScheme: 'dark',
    });
    try {
      await open(page);
      const { widget, mode } = parts(page);
      // A reader clicks the visible label; the radio itself is visually hidden.
      await mode('설치된 그대로 실행').locator('xpath=..').click();
      await waitForNarration(widget, '내 맥: 잘 됩니다.');
      const durations = await widget
        .locator('li')
        .evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
      expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('without JavaScript shows every computer run both ways and a transcript', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      await page.goto(`${baseURL}/learn/docker`);
      const { widget } = parts(page);
      expect(await widget.getByRole('button').count()).toBe(0);
      expect(await widget.getByRole('radio').count()).toBe(0);
      expect(await widget.getByText('도커로 실행', { exact: true }).count()).toBe(3);
      await widget.getByText('단계별 설명 읽기').click();
      await widget
        .locator('details')
        .getByText(/세 곳 모두 잘 됩니다/)
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await context.close();
    }
  });
});
