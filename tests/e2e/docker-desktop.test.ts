import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { tabTo, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const here = '[aria-current="step"]';

describe('docker-desktop widget', () => {
  it('plays through with the keyboard only, with no console errors and no axe violations', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 320, height: 700 }, hasTouch: true });
    await page.goto(`${baseURL}/learn/docker-desktop`);
    const widget = page.getByRole('figure', { name: /Docker Desktop 안에서/ });
    const button = (name: string) => widget.getByRole('button', { name, exact: true });
    await scrollToLive(widget, button('docker run 실행'));
    expect(await axeViolations(page)).toEqual([]);

    // Windows, by arrow key inside the radio group.
    await tabTo(page, widget.getByRole('radio', { name: '맥' }));
    await page.keyboard.press('ArrowRight');
    await waitForNarration(widget, '윈도우를 골랐습니다');
    expect(await widget.getByRole('radio', { name: '윈도우' }).isChecked()).toBe(true);

    await tabTo(page, button('docker run 실행'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, 'PowerShell에 docker run -p 8080:80 nginx를 입력했습니다');
    await waitForNarration(widget, 'WSL 2 안에서 실행되는 Docker Engine');
    expect(await widget.locator(here).textContent()).toContain('Docker Engine');
    expect(await axeViolations(page)).toEqual([]);
    await waitForNarration(widget, 'Docker Hub에서 내려받습니다');
    await waitForNarration(widget, '8080번 포트가 이 포트로 이어집니다');

    await tabTo(page, button('브라우저에서 localhost:8080 열기'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '8080번 포트로 온 요청을 받아');
    expect(await widget.locator(here).textContent()).toContain('포트 전달');
    await waitForNarration(widget, 'Welcome to nginx!');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await tabTo(page, button('팀장: 이미지 푸시'));
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '팀장이 myteam/myapp:1.0 이미지를 빌드해');
    for (const name of ['맥에서 실행', '윈도우에서 실행', '서버에서 실행']) {
      await tabTo(page, button(name));
      await page.keyboard.press('Enter');
    }
    await waitForNarration(widget, '가상 머신 없이 Docker Engine이 바로');
    await waitForNarration(widget, '모두 같은 이미지로 같은 환경을 실행합니다');
    expect(await axeViolations(page)).toEqual([]);

    await tabTo(page, button('처음부터'));
    await page.keyboard.press('Enter');
    await tabTo(page, button('다음 단계'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await waitForNarration(widget, 'Apple 가상화 프레임워크로 이 가상 머신을');
    await tabTo(page, button('이전 단계'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await waitForNarration(widget, '터미널에 docker run');

    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('in the dark theme under reduced motion nothing moves and every step is told', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: 'dark' });
    await page.goto(`${baseURL}/learn/docker-desktop`);
    const widget = page.getByRole('figure', { name: /Docker Desktop 안에서/ });
    await scrollToLive(widget, widget.getByRole('button', { name: 'docker run 실행', exact: true }));
    await widget.getByRole('button', { name: 'docker run 실행', exact: true }).click();
    await waitForNarration(widget, 'Docker Engine(dockerd)에 도착합니다');
    const durations = await widget.locator('div, span, li').evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
    expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    await context.close();
  });

  it('without JavaScript shows the finished figure and a transcript', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseURL}/learn/docker-desktop`);
    const widget = page.getByRole('figure', { name: /Docker Desktop 안에서/ });
    expect(await widget.getByRole('button').count()).toBe(0);
    await widget.getByText('Welcome to nginx!').first().waitFor();
    await widget.getByText('단계별 설명 읽기').click();
    await widget.locator('details').getByText(/WSL 2/).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
