import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { isFocused, tabTo, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const caption = /^가상 머신과 컨테이너: 같은 앱을/;

describe('vm-vs-container widget', () => {
  it('plays through with the keyboard only, with no console errors and no axe violations while it runs', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 800 }, hasTouch: true });
    await page.goto(`${baseURL}/learn/background`);
    const widget = page.getByRole('figure', { name: caption });
    const button = (name: string) => widget.getByRole('button', { name, exact: true });
    const units = (name: string) => widget.getByRole('list', { name: `${name} 목록` }).getByRole('listitem');
    await scrollToLive(widget, button('가상 머신 시작'));
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, button('가상 머신 시작'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '게스트 운영체제의 커널을 부팅하는 중입니다');
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, button('컨테이너 시작'));
    await page.keyboard.press('Enter');
    await units('컨테이너').first().getByText('실행 중').waitFor({ timeout: 2_000 });
    expect(await units('가상 머신').first().getByText('실행 중').count()).toBe(0);
    await waitForNarration(widget, '운영체제 전체를 부팅하느라 약 30초 걸렸습니다');

    for (let i = 0; i < 2; i++) await page.keyboard.press('Enter');
    expect(await units('컨테이너').count()).toBe(3);
    await waitForNarration(widget, '지금 컨테이너 3개가 메모리 300');
    const memory = widget.getByRole('table').getByRole('row', { name: /^메모리/ });
    expect((await memory.textContent())?.replace(/\u00a0/g, ' ')).toContain('300 MB (하나에 100 MB)');

    await tabTo(page, button('컨테이너 하나 끄기'));
    await page.keyboard.press('Enter');
    expect(await units('컨테이너').count()).toBe(2);
    expect(await isFocused(button('컨테이너 하나 끄기'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await tabTo(page, button('처음부터'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '처음 상태로 되돌렸습니다');

    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('in dark mode with reduced motion nothing moves and every stage is still told', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: 'dark' });
    await page.goto(`${baseURL}/learn/background`);
    const widget = page.getByRole('figure', { name: caption });
    await scrollToLive(widget, widget.getByRole('button', { name: '가상 머신 시작', exact: true }));
    await widget.getByRole('button', { name: '가상 머신 시작', exact: true }).click();
    await waitForNarration(widget, '게스트 운영체제의 서비스를 하나씩 시작하는 중입니다');
    const durations = await widget.locator('li, li *').evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
    expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
    await waitForNarration(widget, '약 30초 걸렸습니다');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('without JavaScript shows the finished comparison and a transcript', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseURL}/learn/background`);
    const widget = page.getByRole('figure', { name: caption });
    expect(await widget.getByRole('button').count()).toBe(0);
    expect(await widget.getByRole('list', { name: '컨테이너 목록' }).getByRole('listitem').count()).toBe(3);
    expect(await widget.getByRole('list', { name: '가상 머신 목록' }).getByRole('listitem').count()).toBe(2);
    await widget.getByText('단계별 설명 읽기').click();
    await widget.locator('details').getByText(/약 0.5초 걸렸습니다/).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
