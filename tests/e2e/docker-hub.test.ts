import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive, type PageProblems } from './browser';
import { isFocused, narration, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

type Widget = { page: Page; widget: Locator; problems: PageProblems; button: (name: string) => Locator };

/** Opens the chapter with one browser context, hands over the widget once live, and closes the context whatever happens. */
async function withWidget(options: BrowserContextOptions, query: string, test: (widget: Widget) => Promise<void>) {
  const { context, page, problems } = await openPage(browser, options);
  try {
    await page.goto(`${baseURL}/learn/docker-hub${query}`);
    const widget = page.getByRole('figure', { name: /Docker Hub에서 이미지를 찾고/ });
    const button = (name: string) => widget.getByRole('button', { name, exact: true });
    if (options.javaScriptEnabled !== false) await scrollToLive(widget, button('다음 단계'));
    await test({ page, widget, problems, button });
  } finally {
    await context.close();
  }
}

/** Focus a control by its role and name, then press the key a keyboard user would. */
async function press(control: Locator, key = 'Enter') {
  await control.focus();
  await control.press(key);
}

const phone = { viewport: { width: 390, height: 800 }, hasTouch: true };

describe('docker-hub widget', () => {
  it('Tab walks the controls in reading order: search, results, the team, then the step controls', async () => {
    await withWidget(phone, '', async ({ page, widget, button }) => {
      const search = widget.getByRole('searchbox', { name: '이미지 검색' });
      await search.focus();
      const order = [
        button('검색'),
        button('ruby'),
        button('acmecloud/ruby-runtime'),
        button('rubyfast/ruby-turbo'),
        button('postgres'),
        button('nginx'),
        button('1.0 빌드'),
        button('1.0 푸시'),
      ];
      for (const control of order) {
        await page.keyboard.press('Tab');
        expect(await isFocused(control)).toBe(true);
      }
      await page.keyboard.press('Tab');
      expect(await isFocused(button('민지: 받을 이미지 없음'))).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await isFocused(button('처음부터'))).toBe(true);
    });
  });

  it('plays to the end by keyboard at 390 px: the first push mounts the base layers, with no console errors and no axe violations', async () => {
    await withWidget(phone, '', async ({ page, widget, problems, button }) => {
      expect(await axeViolations(page)).toEqual([]);
      await widget.getByRole('searchbox', { name: '이미지 검색' }).fill('ruby');
      await press(widget.getByRole('searchbox', { name: '이미지 검색' }));
      await waitForNarration(widget, '검색 결과는 3개입니다');
      await press(button('rubyfast/ruby-turbo'));
      await waitForNarration(widget, '실행하지 않는 것이 안전합니다');
      await widget.getByText('실행하기 전에 멈추세요').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await press(button('1.0 빌드'));
      await waitForNarration(widget, 'ruby:3.4-slim-trixie');
      await press(button('1.0 푸시'));
      await waitForNarration(widget, 'Mounted from library/ruby');
      const terminal = widget.getByRole('list', { name: '터미널 출력' });
      await terminal.getByText('8a1e25ce7c4f: Mounted from library/ruby').waitFor();
      expect(await terminal.getByText(/Layer already exists/).count()).toBe(0);

      await press(button('민지: 1.0 이미지 받기(pull)'));
      await waitForNarration(widget, '레이어 2개는 건너뛰었습니다(Already exists)');
      // The pressed button stays focused (aria-disabled, not disabled) and says why.
      expect(await isFocused(button('민지: 최신 이미지 있음'))).toBe(true);
      await press(button('준호: 1.0 이미지 받기(pull)'), ' ');
      await waitForNarration(widget, '5개(172 MB)를 모두 받았습니다');
      expect(await axeViolations(page)).toEqual([]);

      await press(button('1.1 빌드'));
      await waitForNarration(widget, '새 레이어는 앱 코드 1개뿐이고');
      await press(button('1.1 푸시'));
      await waitForNarration(widget, '(Layer already exists)');
      await press(button('준호: 1.1 이미지 받기(pull)'));
      await waitForNarration(widget, '없던 레이어 1개(4 MB)만 받고');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      // 다음 단계 finishes the lesson from here; 이전 단계 goes back one step.
      const next = button('다음 단계');
      await next.focus();
      for (let step = 0; step < 4; step++) await next.press('Enter');
      await waitForNarration(widget, 'myteam/myapp 리포지터리는 비공개라');
      await expect.poll(() => next.getAttribute('aria-disabled')).toBe('true');
      await press(button('이전 단계'));
      await waitForNarration(widget, '검색 결과는 1개입니다');
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('survives fast clicks and odd orders: every click is one step, never an error', async () => {
    await withWidget({ viewport: { width: 1280, height: 900 } }, '', async ({ widget, problems, button }) => {
      for (const name of [
        '민지: 받을 이미지 없음',
        '1.0 푸시',
        '1.0 빌드',
        '1.0 푸시',
        '1.1 빌드',
        '1.1 빌드',
        '1.1 푸시',
        '1.1 푸시',
      ]) {
        await button(name).click({ delay: 0, force: true });
      }
      await waitForNarration(widget, '(Layer already exists)');
      for (let step = 0; step < 20; step++) await button('이전 단계').click({ delay: 0, force: true });
      await waitForNarration(widget, 'Docker Hub는 이미지를 올리고 내려받는 레지스트리입니다');
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    });
  });

  it('opens a shared scene where it was sent, and refuses a tampered link politely', async () => {
    await withWidget(
      { viewport: { width: 1280, height: 900 } },
      '?scene=docker-hub.1.b~p~u0#docker-hub',
      async ({ widget, button }) => {
        await widget.getByText(/공유받은 장면을 그대로 열었습니다/).waitFor();
        await waitForNarration(widget, '민지가 myteam/myapp:1.0 이미지를 받았습니다(pull)');
        await press(button('이전 단계'));
        await waitForNarration(widget, 'Mounted from library/ruby');
      },
    );
    for (const tampered of [
      'docker-hub.1.u0',
      'docker-hub.1.b~b~b',
      'docker-hub.1.l99',
      'docker-hub.1.q%25%25',
      'docker-hub.9.b',
    ]) {
      await withWidget(
        { viewport: { width: 390, height: 800 } },
        `?scene=${tampered}#docker-hub`,
        async ({ widget, problems }) => {
          await widget.getByText(/열 수 없었습니다\..*처음 상태를 보여 드립니다/).waitFor();
          expect(await narration(widget).textContent()).toContain('Docker Hub는 이미지를 올리고 내려받는 레지스트리입니다');
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
        const next = button('다음 단계');
        for (let step = 0; step < 7; step++) await next.click();
        await waitForNarration(widget, '5개(172 MB)를 모두 받았습니다');
        const durations = await widget
          .locator('li')
          .evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
        expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
      },
    );
  });

  it('without JavaScript shows the finished figure and a transcript', async () => {
    await withWidget({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false }, '', async ({ page, widget }) => {
      expect(await widget.getByRole('button').count()).toBe(0);
      await widget.getByText('myteam/myapp 태그: 1.1, 1.0').waitFor();
      await widget.getByText('단계별 설명 읽기').click();
      await widget
        .locator('details')
        .getByText(/Mounted from library\/ruby/)
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });
});
