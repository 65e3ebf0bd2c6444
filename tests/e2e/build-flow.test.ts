import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { isFocused, narration, tabTo, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('build-flow widget', () => {
  it('plays through with the keyboard only, with no console errors and no axe violations while it runs', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 700 }, hasTouch: true });
    await page.goto(`${baseURL}/learn/container`);
    const widget = page.getByRole('figure', { name: /레시피\(Dockerfile\)를 빌드하면/ });
    const button = (name: string) => widget.getByRole('button', { name, exact: true });
    await scrollToLive(widget, button('빌드'));
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, button('빌드'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '2번째 줄');
    expect(await axeViolations(page)).toEqual([]);
    await waitForNarration(widget, 'rails-app:1 이미지가 되었습니다');
    expect(await widget.getByRole('list', { name: /이미지/ }).getByRole('listitem').count()).toBe(7);

    await tabTo(page, button('앱 코드 고치기'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '앞의 5줄은 캐시를 쓰고');
    await tabTo(page, button('빌드'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '레이어 5개를 캐시에서 그대로 가져와 1초 만에 끝났습니다');
    expect(await widget.getByRole('list', { name: /이미지/ }).getByText('캐시 사용').count()).toBe(5);

    await tabTo(page, button('실행'));
    for (let run = 0; run < 3; run++) await page.keyboard.press('Enter');
    const containers = widget.getByRole('list', { name: /컨테이너/ }).getByRole('listitem');
    expect(await containers.count()).toBe(3);
    await waitForNarration(widget, '컨테이너 3개가 같은 이미지 레이어 7개를 함께 쓰고');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await tabTo(page, button('rails-1 정지'));
    await page.keyboard.press('Enter');
    await tabTo(page, button('rails-1 삭제'));
    await page.keyboard.press('Enter');
    expect(await containers.count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('3. 컨테이너');
    expect(await axeViolations(page)).toEqual([]);

    // The guided tour from the start, paused halfway, then back and forward a step.
    await tabTo(page, button('처음부터'));
    await page.keyboard.press('Enter');
    await tabTo(page, button('재생'));
    await page.keyboard.press(' ');
    await waitForNarration(widget, '3번째 줄');
    expect(await axeViolations(page)).toEqual([]);
    expect(await isFocused(button('일시 정지'))).toBe(true);
    await page.keyboard.press(' ');
    const paused = await narration(widget).textContent();
    await tabTo(page, button('이전 단계'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await narration(widget).textContent()).not.toBe(paused);
    await tabTo(page, button('다음 단계'));
    await page.keyboard.press('Enter');
    expect(await narration(widget).textContent()).toBe(paused);

    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('under reduced motion nothing moves and every step is still told', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: 'dark' });
    await page.goto(`${baseURL}/learn/container`);
    const widget = page.getByRole('figure', { name: /레시피\(Dockerfile\)를 빌드하면/ });
    await scrollToLive(widget, widget.getByRole('button', { name: '빌드', exact: true }));
    await widget.getByRole('button', { name: '빌드', exact: true }).click();
    await waitForNarration(widget, '2번째 줄');
    const durations = await widget.locator('li').evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
    expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
    await waitForNarration(widget, 'rails-app:1 이미지가 되었습니다');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('without JavaScript shows the finished figure and a transcript, and the compact form on the Docker chapter', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseURL}/learn/container`);
    const widget = page.getByRole('figure', { name: /레시피\(Dockerfile\)를 빌드하면/ });
    expect(await widget.getByRole('button').count()).toBe(0);
    expect(await widget.getByRole('list', { name: /컨테이너/ }).getByRole('listitem').count()).toBe(3);
    await widget.getByText('단계별 설명 읽기').click();
    await widget.locator('details').getByText(/1초 만에 끝났습니다/).waitFor();
    // Nothing sticks out of a 320 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.goto(`${baseURL}/learn/docker`);
    const compact = page.getByRole('figure', { name: /빌드하고 실행하기/ });
    expect(await compact.getByRole('list', { name: /컨테이너/ }).getByRole('listitem').count()).toBe(2);
    await context.close();
  });
});
