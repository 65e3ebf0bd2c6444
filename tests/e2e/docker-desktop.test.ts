import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive, type PageProblems } from './browser';
import { isFocused, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type Widget = {
  page: Page;
  widget: Locator;
  team: Locator;
  problems: PageProblems;
  button: (name: string) => Locator;
  path: Locator;
};

/** Opens the chapter with one browser context, hands over the widget once live, and closes the context whatever happens. */
async function withWidget(
  options: BrowserContextOptions,
  query: string,
  test: (widget: Widget) => Promise<void>,
  fakeClock = false,
) {
  const { context, page, problems } = await openPage(browser, options);
  try {
    if (fakeClock) await page.clock.install();
    await page.goto(`${baseURL}/learn/docker-desktop${query}`);
    const widget = page.getByRole('figure', { name: /Docker Desktop 안에서/ });
    const team = page.getByRole('figure', { name: /팀 모두 같은 이미지로/ });
    const button = (name: string) => widget.getByRole('button', { name, exact: true });
    if (options.javaScriptEnabled !== false) await scrollToLive(widget, button('다음 단계'));
    const path = widget.getByRole('img', { name: /^docker run이 지나가는 길/ }).first();
    await test({ page, widget, team, problems, button, path });
  } finally {
    await context.close();
  }
}

async function press(control: Locator, key = 'Enter') {
  await control.focus();
  await control.press(key);
}

const phone = { viewport: { width: 390, height: 800 }, hasTouch: true };

describe('docker-desktop widget', () => {
  it('Tab walks the controls in reading order: the system, the commands, the steps, then on into the team figure', async () => {
    await withWidget(phone, '', async ({ page, widget, team, button }) => {
      await widget.getByRole('radio', { name: '맥' }).focus();
      // One tab stop for the radio group.
      const order = [
        button('docker run 실행'),
        button('브라우저에서 localhost:8080 열기'),
        button('다음 지점으로'),
        button('처음부터'),
        button('이전 단계'),
        button('다음 단계'),
        button('이 장면 공유'),
      ];
      for (const control of order) {
        await page.keyboard.press('Tab');
        expect(await isFocused(control)).toBe(true);
      }
      await scrollToLive(team, team.getByRole('button', { name: '팀장: 이미지 푸시' }));
      await team.getByRole('button', { name: '팀장: 이미지 푸시' }).focus();
      for (const name of ['맥에서 실행', '윈도우에서 실행', '서버에서 실행', '처음부터']) {
        await page.keyboard.press('Tab');
        expect(await isFocused(team.getByRole('button', { name, exact: true }))).toBe(true);
      }
    });
  });

  it('plays both stories to the end by keyboard at 390 px, one press per station, with no console errors and no axe violations', async () => {
    await withWidget(phone, '', async ({ page, widget, team, problems, button, path }) => {
      expect(await axeViolations(page)).toEqual([]);
      // Windows, by arrow key inside the radio group.
      await press(widget.getByRole('radio', { name: '맥' }), 'ArrowRight');
      await waitForNarration(widget, '윈도우를 골랐습니다');
      expect(await widget.getByRole('radio', { name: '윈도우' }).isChecked()).toBe(true);

      await press(button('docker run 실행'));
      await waitForNarration(widget, 'PowerShell에 docker run -p 8080:80 nginx를 입력했습니다');
      const next = button('다음 지점으로');
      await press(next);
      await waitForNarration(widget, 'WSL 2 안에서 실행되는 Docker Engine');
      await expect.poll(() => path.getAttribute('data-station')).toBe('engine');
      expect(await axeViolations(page)).toEqual([]);
      await press(next);
      await waitForNarration(widget, 'Docker Hub에서 내려받습니다');
      await press(next);
      await waitForNarration(widget, '8080번 포트가 이 포트로 이어집니다');

      await press(button('브라우저에서 localhost:8080 열기'));
      await press(next);
      await waitForNarration(widget, '8080번 포트로 온 요청을 받아');
      await expect.poll(() => path.getAttribute('data-station')).toBe('port');
      await press(next);
      await press(next);
      await waitForNarration(widget, 'Welcome to nginx!');

      await press(button('docker run 실행'));
      await waitForNarration(widget, 'port is already allocated');
      await widget
        .getByRole('list', { name: '터미널 출력' })
        .getByText(/Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/)
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);

      await expect.poll(() => button('다음 단계').getAttribute('aria-disabled')).toBe('true');

      // The team's story is its own figure, with its own narration.
      const teamButton = (name: string) => team.getByRole('button', { name, exact: true });
      await scrollToLive(team, teamButton('팀장: 이미지 푸시'));
      await waitForNarration(team, '팀장의 푸시부터 시작하세요');
      await press(teamButton('팀장: 이미지 푸시'));
      await waitForNarration(team, '두 플랫폼용으로 빌드해');
      for (const name of ['맥에서 실행', '윈도우에서 실행', '서버에서 실행']) await press(teamButton(name));
      await waitForNarration(team, '세 곳 모두 같은 이미지로 같은 환경을 실행합니다');
      await expect.poll(() => teamButton('다음 단계').getAttribute('aria-disabled')).toBe('true');
      await waitForNarration(widget, 'port is already allocated');
      expect(await axeViolations(page)).toEqual([]);

      await press(button('처음부터'));
      await waitForNarration(widget, '맥이나 윈도우를 고른 뒤');
      await press(button('다음 단계'));
      await press(button('다음 단계'));
      await waitForNarration(widget, 'Apple 가상화 프레임워크로 이 가상 머신을');
      await press(button('이전 단계'));
      await waitForNarration(widget, '터미널에 docker run');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('never moves by itself: the sentence stays until the reader presses on', async () => {
    await withWidget(
      { viewport: { width: 1280, height: 900 } },
      '',
      async ({ page, widget, button, path }) => {
        await button('docker run 실행').click();
        await waitForNarration(widget, '터미널에 docker run');
        // The old widget moved on every 2.6 s; the page's clock, faked from the start, runs 10 s on.
        await page.clock.runFor(10_000);
        expect(await path.getAttribute('data-station')).toBe('cli');
      },
      true,
    );
  });

  it('survives fast clicks and odd orders', async () => {
    await withWidget({ viewport: { width: 390, height: 800 } }, '', async ({ widget, problems, button }) => {
      for (const name of [
        '다음 지점으로',
        '브라우저에서 localhost:8080 열기',
        'docker run 실행',
        'docker run 실행',
        '다음 지점으로',
        '다음 지점으로',
        '다음 지점으로',
        '다음 지점으로',
        'docker run 실행',
        'docker run 실행',
      ]) {
        await button(name).click({ delay: 0, force: true });
      }
      await waitForNarration(widget, 'port is already allocated');
      for (let step = 0; step < 20; step++) await button('이전 단계').click({ delay: 0, force: true });
      await waitForNarration(widget, '맥이나 윈도우를 고른 뒤');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('opens a shared scene where it was sent, and refuses a tampered link politely', async () => {
    await withWidget(
      { viewport: { width: 1280, height: 900 } },
      '?scene=docker-desktop-nginx.1.raaa#docker-desktop-nginx',
      async ({ widget, path }) => {
        await widget.getByText(/공유받은 장면을 그대로 열었습니다/).waitFor();
        await expect.poll(() => path.getAttribute('data-station')).toBe('container');
      },
    );
    for (const tampered of [
      'docker-desktop-nginx.1.a',
      'docker-desktop-nginx.1.pd0',
      'docker-desktop-nginx.1.rrrr',
      'docker-desktop-nginx.2.r',
    ]) {
      await withWidget(
        { viewport: { width: 390, height: 800 } },
        `?scene=${tampered}#docker-desktop-nginx`,
        async ({ widget, problems }) => {
          await widget.getByText(/열 수 없었습니다\..*처음 상태를 보여 드립니다/).waitFor();
          await waitForNarration(widget, '맥이나 윈도우를 고른 뒤');
          expect(problems.consoleErrors).toEqual([]);
        },
      );
    }
  });

  it('in the dark theme under reduced motion nothing moves and every step is told', async () => {
    await withWidget(
      { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: 'dark' },
      '',
      async ({ page, widget, problems, button }) => {
        await button('docker run 실행').click();
        await button('다음 지점으로').click();
        await waitForNarration(widget, 'Docker Engine(dockerd)에 도착합니다');
        const durations = await widget
          .locator('div, span, li, path')
          .evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
        expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
      },
    );
  });

  it('without JavaScript shows both figures finished and a transcript', async () => {
    await withWidget({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false }, '', async ({ page, widget }) => {
      expect(await widget.getByRole('button').count()).toBe(0);
      await widget.getByText('Welcome to nginx!').first().waitFor();
      await widget.getByText('단계별 설명 읽기').click();
      await widget.locator('details').getByText(/WSL 2/).first().waitFor();
      await page
        .getByRole('figure', { name: /팀 모두 같은 이미지로/ })
        .getByText('컨테이너 myteam/myapp:1.0')
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });
});
