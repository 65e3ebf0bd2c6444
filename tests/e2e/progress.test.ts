import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, withPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function passQuiz(page: Page) {
  const groups = page.getByRole('region', { name: '확인 문제' }).getByRole('radiogroup');
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) {
    const radios = groups.nth(index).getByRole('radio');
    for (let choice = 0; choice < (await radios.count()); choice += 1) {
      await radios.nth(choice).check();
      if ((await groups.nth(index).getByRole('status').textContent())?.startsWith('정답')) break;
    }
  }
}

const sidebar = (page: Page) => page.locator('.lg\\:block').getByRole('navigation', { name: '강의 목차' });

// Sum of layout shifts since navigation (CLS without the session windows).
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );

describe('reading progress in Chromium', () => {
  it('passing a quiz shows in the sidebar and on the home page, survives a reload, and resets', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/docker`);
      await passQuiz(page);
      await expect
        .poll(() => page.getByRole('region', { name: '이 장의 진도' }).textContent())
        .toContain('확인 문제를 모두 맞혀 이 장을 마쳤습니다.');
      await expect.poll(() => sidebar(page).getByRole('link', { name: 'Docker란 무엇인가 완료' }).count()).toBe(1);

      // Marking another chapter by hand.
      await page.goto(`${baseURL}/learn/container`);
      const toggle = page.getByRole('button', { name: '완료로 표시' });
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

      await page.goto(`${baseURL}/`);
      const summary = page.getByText(/6장 중 \d장 완료/);
      await expect.poll(() => summary.textContent()).toBe('6장 중 2장 완료');
      await expect.poll(() => page.getByRole('link', { name: /^1장 완료/ }).count()).toBe(1);
      await expect.poll(() => page.getByRole('link', { name: /^3장 완료/ }).count()).toBe(1);
      await expect(page.getByRole('link', { name: /^2장/ }).textContent()).resolves.not.toContain('완료');
      expect(await layoutShift(page)).toBeLessThan(0.001);
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await expect.poll(() => summary.textContent()).toBe('6장 중 2장 완료');

      await page.getByRole('button', { name: '진도 초기화' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: '지우기' }).click();
      await expect.poll(() => summary.textContent()).toBe('6장 중 0장 완료');
      await page.goto(`${baseURL}/learn/docker`);
      await expect.poll(() => page.locator('input[type=radio]:checked').count()).toBe(0);
      await expect.poll(() => sidebar(page).getByRole('link', { name: /완료/ }).count()).toBe(0);

      expect(problems.consoleErrors).toEqual([]);
    });
  });

  it('ignores corrupt storage, and runs without storage at all', async () => {
    await withPage(browser, { viewport: { width: 390, height: 844 } }, async ({ page, problems }) => {
      await page.context().addInitScript(() => {
        localStorage.setItem('container-baeumteo:progress', '{"v":1,"marked":[');
        localStorage.setItem('container-baeumteo:quiz:docker', '["completed"]');
      });
      await page.goto(`${baseURL}/`);
      await expect.poll(() => page.getByText(/6장 중 \d장 완료/).textContent()).toBe('6장 중 0장 완료');
      expect(problems.consoleErrors).toEqual([]);
    });

    await withPage(browser, { viewport: { width: 390, height: 844 } }, async ({ page, problems }) => {
      await page.context().addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      await page.goto(`${baseURL}/learn/background`);
      const toggle = page.getByRole('button', { name: '완료로 표시' });
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      expect(problems.consoleErrors).toEqual([]);
    });
  });
});
