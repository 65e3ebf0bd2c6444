import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { isFocused, tabTo, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('docker-hub widget', () => {
  it('plays through with the keyboard only, with no console errors and no axe violations', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 700 }, hasTouch: true });
    await page.goto(`${baseURL}/learn/docker-hub`);
    const widget = page.getByRole('figure', { name: /Docker Hub에서 이미지를 찾고/ });
    const button = (name: string) => widget.getByRole('button', { name, exact: true });
    const search = widget.getByRole('searchbox', { name: '이미지 검색' });
    await scrollToLive(widget, search);
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, search);
    await page.keyboard.type('ruby');
    await waitForNarration(widget, '검색 결과는 3개입니다');
    await tabTo(page, button('rubyfast/ruby-turbo'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '실행하지 않는 것이 안전합니다');
    await widget.getByText('실행하기 전에 멈추세요').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, button('1.0 빌드'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '새 레이어 3개를 쌓았습니다');
    await tabTo(page, button('1.0 푸시'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '레이어 3개(102 MB)만 올렸고');
    await widget.getByText('8a1e25ce7c4f: Layer already exists').waitFor();

    await tabTo(page, button('민지: 1.0 풀'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '이미 있던 레이어 2개는 건너뛰었습니다(Already exists)');
    expect(await isFocused(button('민지: 최신 이미지 있음'))).toBe(true);
    await tabTo(page, button('준호: 1.0 풀'));
    await page.keyboard.press(' ');
    await waitForNarration(widget, '5개(172 MB)를 모두 받았습니다');
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, button('1.1 빌드'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '새 레이어는 앱 코드 1개뿐이고');
    await tabTo(page, button('1.1 푸시'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '레이어 1개(4 MB)만 올렸고');
    await tabTo(page, button('준호: 1.1 풀'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '없던 레이어 1개(4 MB)만 받고');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // 다음 단계 finishes the lesson from here; 이전 단계 goes back one step.
    await tabTo(page, button('다음 단계'));
    for (let step = 0; step < 4; step++) await page.keyboard.press('Enter');
    await waitForNarration(widget, 'myteam/myapp 리포지터리는 비공개라');
    expect(await button('다음 단계').getAttribute('aria-disabled')).toBe('true');
    await tabTo(page, button('이전 단계'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '검색 결과는 1개입니다');
    expect(await axeViolations(page)).toEqual([]);

    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('in the dark theme under reduced motion nothing moves and every step is told', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: 'dark' });
    await page.goto(`${baseURL}/learn/docker-hub`);
    const widget = page.getByRole('figure', { name: /Docker Hub에서 이미지를 찾고/ });
    const next = widget.getByRole('button', { name: '다음 단계', exact: true });
    await scrollToLive(widget, next);
    for (let step = 0; step < 7; step++) await next.click();
    await waitForNarration(widget, '5개(172 MB)를 모두 받았습니다');
    const durations = await widget.locator('li').evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
    expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('without JavaScript shows the finished figure and a transcript', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseURL}/learn/docker-hub`);
    const widget = page.getByRole('figure', { name: /Docker Hub에서 이미지를 찾고/ });
    expect(await widget.getByRole('button').count()).toBe(0);
    await widget.getByText('myteam/myapp 태그: 1.1, 1.0').waitFor();
    await widget.getByText('단계별 설명 읽기').click();
    await widget.locator('details').getByText(/Layer already exists/).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
