import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { isFocused, waitForNarration } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const widgetOf = (page: Page) => page.getByRole('figure', { name: /레시피\(Dockerfile\)를 빌드하면/ });
const buttonOf = (widget: Locator) => (name: string) => widget.getByRole('button', { name, exact: true });
/** Focus a control by its role and name, then press a key on it, as a keyboard user would once there. */
async function press(control: Locator, key = 'Enter') {
  await control.focus();
  await control.press(key);
}

describe('build-flow widget', () => {
  it('plays the lesson by keyboard on a phone: cold build, cached rebuild, edit, port error, two containers on one image', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 }, hasTouch: true });
    try {
      await page.goto(`${baseURL}/learn/container`);
      const widget = widgetOf(page);
      const button = buttonOf(widget);
      await scrollToLive(widget, button('빌드'));
      expect(await axeViolations(page)).toEqual([]);

      await press(button('빌드'));
      await waitForNarration(widget, '베이스 이미지 ruby:3.4-slim-trixie를 레지스트리에서 내려받고(풀)');
      // Mid-build the button pauses the build, and the keyboard stays on it.
      expect(await isFocused(button('일시 정지'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await waitForNarration(widget, 'rails-app:1 이미지(ID');
      await expect.poll(() => widget.getByRole('list', { name: '이미지 레이어' }).getByRole('listitem').count()).toBe(6);

      await press(button('빌드'));
      await waitForNarration(widget, '모든 단계가 CACHED입니다');
      await press(button('앱 코드 고치기'));
      await waitForNarration(widget, '앞의 5단계는 캐시를 쓰고');
      await press(button('빌드'));
      await waitForNarration(widget, '단계 1개만 다시 실행해');

      await press(button('실행'));
      await waitForNarration(widget, 'rails-1 컨테이너를 실행했습니다');
      await press(button('실행'));
      await waitForNarration(widget, 'port is already allocated');
      await widget
        .getByRole('list', { name: '터미널 출력' })
        .getByText('Bind for 0.0.0.0:8080 failed: port is already allocated', { exact: false })
        .waitFor();
      await press(widget.getByRole('radio', { name: '8080' }), 'ArrowRight');
      expect(await widget.getByRole('radio', { name: '8081' }).isChecked()).toBe(true);
      await press(button('rails-2 삭제'));
      await waitForNarration(widget, 'rails-2 컨테이너를 삭제했습니다');
      expect(await widget.getByText('2. 이미지와 컨테이너').evaluate((element) => element === document.activeElement)).toBe(true);
      await press(button('실행'));
      await waitForNarration(widget, '컨테이너 2개가 rails-app:3 이미지 하나를 함께 씁니다');
      const containers = widget.getByRole('list', { name: '이 이미지의 컨테이너' }).getByRole('listitem');
      expect(await containers.count()).toBe(2);
      // One image drawn once, whatever the number of containers; nothing sticks out of the phone.
      expect(await widget.getByRole('list', { name: '이미지 레이어' }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('Tab walks the controls in reading order', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${baseURL}/learn/container`);
      const widget = widgetOf(page);
      const button = buttonOf(widget);
      await scrollToLive(widget, button('빌드'));
      // The attached terminal loads on its own once near; the walk ends in it, so wait for it to be there.
      await widget.getByRole('textbox', { name: '명령 입력' }).waitFor({ timeout: 30_000 });
      await button('빌드').focus();
      const order: string[] = [];
      for (let press = 0; press < 11; press++) {
        await page.keyboard.press('Tab');
        order.push(
          await page.evaluate(() => {
            const element = document.activeElement as HTMLElement;
            return element instanceof HTMLInputElement ? `radio ${element.value}` : (element.innerText ?? '').trim();
          }),
        );
      }
      expect(order).toEqual([
        '실행',
        'radio 8080',
        '편집',
        'Ruby 버전 바꾸기',
        'Gemfile에 젬 추가',
        '앱 코드 고치기',
        '처음부터',
        '이전 단계',
        '다음 단계',
        '이 장면 공유',
        // Then the attached terminal (<BuildFlow terminal />), whose output log comes first.
        expect.stringContaining('명령을 입력하고 Enter를 누르세요'),
      ]);
    } finally {
      await context.close();
    }
  });

  it('under reduced motion in the dark theme nothing moves and the build is still told', async () => {
    const { context, page, problems } = await openPage(browser, {
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      colorScheme: 'dark',
    });
    try {
      await page.goto(`${baseURL}/learn/container`);
      const widget = widgetOf(page);
      const build = buttonOf(widget)('빌드');
      await scrollToLive(widget, build);
      await build.click();
      await widget.getByRole('list', { name: '이미지 레이어' }).waitFor();
      const durations = await widget
        .locator('li')
        .evaluateAll((items) => items.map((item) => getComputedStyle(item).transitionDuration));
      expect(durations.every((duration) => duration.split(',').every((part) => parseFloat(part) === 0))).toBe(true);
      await waitForNarration(widget, 'rails-app:1 이미지(ID');
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('a shared moment opens as sent; a tampered or version-1 link is refused politely', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${baseURL}/learn/container?scene=build-flow-full.2.b_t45_p8080_p8080#build-flow-full`);
      const widget = widgetOf(page);
      await widget.getByText('공유받은 장면을 그대로 열었습니다', { exact: false }).waitFor();
      await waitForNarration(widget, 'port is already allocated');
      for (const [value, note] of [
        ['build-flow-full.2.b_t45_x1', '링크가 올바르지 않아'],
        ['build-flow-full.2.b_t9999', '링크가 올바르지 않아'],
        ['build-flow-full.1.b7_r', '예전 형식의 링크라'],
      ]) {
        await page.goto(`${baseURL}/learn/container?scene=${value}#build-flow-full`);
        await widgetOf(page).getByRole('status').filter({ hasText: note }).waitFor();
        await waitForNarration(widgetOf(page), 'Dockerfile은 이미지를 만드는 레시피입니다');
      }
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });

  it('without JavaScript shows the finished figure and a transcript, and the compact form on the Docker chapter', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    try {
      await page.goto(`${baseURL}/learn/container`);
      const widget = widgetOf(page);
      expect(await widget.getByRole('button').count()).toBe(0);
      expect(await widget.getByRole('list', { name: '이 이미지의 컨테이너' }).getByRole('listitem').count()).toBe(2);
      await widget.getByText('단계별 설명 읽기').click();
      await widget.locator('details').getByText('모든 단계가 CACHED입니다', { exact: false }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      await page.goto(`${baseURL}/learn/docker`);
      const compact = page.getByRole('figure', { name: /빌드하고 실행하기/ });
      expect(await compact.getByRole('list', { name: '이 이미지의 컨테이너' }).getByRole('listitem').count()).toBe(2);
    } finally {
      await context.close();
    }
  });
});
