import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { isFocused, tabTo, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const caption = /^내 컴퓨터에서는 되는데:/;

describe('works-on-my-machine widget', () => {
  it('plays through with the keyboard only, with no console errors and no axe violations', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 800 }, hasTouch: true });
    await page.goto(`${baseURL}/learn/docker`);
    const widget = page.getByRole('figure', { name: caption });
    const button = (name: string) => widget.getByRole('button', { name, exact: true });
    const card = (name: string) => widget.getByRole('region', { name: new RegExp(`^${name}`) });
    await scrollToLive(widget, button('설치된 그대로 실행'));
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, button('설치된 그대로 실행'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '코드는 같은데 설치된 것이 달라서 결과가 다릅니다');
    expect(await card('동료의 윈도우 노트북').getByText('안 됨', { exact: true }).count()).toBe(1);
    expect(await card('운영 서버').getByText('한글 글꼴이 없어 PDF의 한글이 네모 칸으로 깨집니다.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Install the font on the server with the keyboard: the select's value moves with the arrow keys.
    const font = widget.getByRole('combobox', { name: '운영 서버의 한글 글꼴' });
    await tabTo(page, font);
    await page.keyboard.press('ArrowUp');
    await waitForNarration(widget, '운영 서버에 한글 글꼴을 설치했습니다. 다시 실행하니 잘 됩니다.');
    expect(await card('운영 서버').getByText('잘 됨', { exact: true }).count()).toBe(1);

    await tabTo(page, button('도커로 실행'), 'Shift+Tab');
    await page.keyboard.press(' ');
    await waitForNarration(widget, '세 곳 모두 잘 됩니다');
    for (const name of ['내 맥', '동료의 윈도우 노트북', '운영 서버']) expect(await card(name).getByText('잘 됨', { exact: true }).count()).toBe(1);
    expect(await isFocused(button('도커로 실행'))).toBe(true);
    expect(await button('도커로 실행').getAttribute('aria-pressed')).toBe('true');

    const ruby = widget.getByRole('combobox', { name: '내 맥의 Ruby' });
    await tabTo(page, ruby);
    await page.keyboard.press('Home');
    await waitForNarration(widget, '이미지에 든 것을 쓰므로 그대로 잘 됩니다');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('in dark mode with reduced motion nothing moves and axe stays clean', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: 'dark' });
    await page.goto(`${baseURL}/learn/docker`);
    const widget = page.getByRole('figure', { name: caption });
    await scrollToLive(widget, widget.getByRole('button', { name: '설치된 그대로 실행', exact: true }));
    await widget.getByRole('button', { name: '설치된 그대로 실행', exact: true }).click();
    await waitForNarration(widget, '내 맥: 잘 됩니다.');
    const durations = await widget.locator('li').evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
    expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('without JavaScript shows every computer run both ways and a transcript', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseURL}/learn/docker`);
    const widget = page.getByRole('figure', { name: caption });
    expect(await widget.getByRole('button').count()).toBe(0);
    expect(await widget.getByText('도커로 실행', { exact: true }).count()).toBe(3);
    await widget.getByText('단계별 설명 읽기').click();
    await widget.locator('details').getByText(/세 곳 모두 잘 됩니다/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
