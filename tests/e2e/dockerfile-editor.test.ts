import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive } from './browser';
import { focusByRole, waitForNarration } from './keyboard';

// The build-flow widget's editor in Chromium, by keyboard only, on a phone and on a desktop: what is
// typed is what 빌드 builds, CACHED and rebuilt steps follow the edit, a typo is marked at its line
// and undone with the browser's own undo, and the page stays axe-clean with the editor open.

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const widgetOf = (page: Page) => page.getByRole('figure', { name: /레시피\(Dockerfile\)를 빌드하면/ });
const recipeSays = (widget: Locator, text: string) =>
  widget.getByRole('list', { name: /레시피/ }).getByText(text, { exact: true });

async function press(control: Locator, key = 'Enter') {
  await focusByRole(control);
  await control.press(key);
}

describe.each([
  { width: 390, height: 844, hasTouch: true },
  { width: 1280, height: 900, hasTouch: false },
])('Dockerfile editor at $width px', ({ width, height, hasTouch }) => {
  it('edits by keyboard; the cache follows each edit; a typo is marked, stops the build, keeps the image', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width, height }, hasTouch });
    try {
      await page.goto(`${baseURL}/learn/container`);
      const widget = widgetOf(page);
      const button = (name: string) => widget.getByRole('button', { name, exact: true });
      await scrollToLive(widget, button('빌드'));
      await press(button('빌드'));
      await waitForNarration(widget, 'rails-app:1 이미지(ID');

      await press(button('편집'));
      const editor = widget.getByRole('region', { name: '빌드 컨텍스트 편집기' });
      const dockerfile = editor.getByRole('textbox', { name: 'Dockerfile 내용' });
      await dockerfile.waitFor();
      expect(await button('편집').getAttribute('aria-expanded')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);

      // A setting after CMD: every step CACHED, yet a new image (its config changed).
      await focusByRole(dockerfile);
      await page.keyboard.press('Control+End');
      await page.keyboard.type('ENV RAILS_ENV=production');
      await press(button('빌드'));
      await waitForNarration(widget, '모든 단계가 CACHED입니다');
      await expect.poll(() => recipeSays(widget, 'CACHED').count()).toBe(6);
      await expect.poll(() => recipeSays(widget, '설정만').count()).toBe(3);

      // The app code, reached with the tabs' arrow keys: only the last COPY runs again.
      await press(editor.getByRole('tab', { name: 'Dockerfile' }), 'End');
      const app = editor.getByRole('textbox', { name: 'app/controllers/pages_controller.rb 내용' });
      await focusByRole(app);
      await page.keyboard.press('Control+End');
      await page.keyboard.type('# 고침');
      await press(button('빌드'));
      await waitForNarration(widget, '단계 1개만 다시 실행해');
      await expect.poll(() => recipeSays(widget, 'CACHED').count()).toBe(5);

      // A typo on the first line: marked at once, the build stops there, the last image stays.
      await press(editor.getByRole('tab', { name: 'app/controllers/pages_controller.rb' }), 'Home');
      await focusByRole(dockerfile);
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('X');
      await expect.poll(() => dockerfile.getAttribute('aria-invalid')).toBe('true');
      const description = await dockerfile.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      expect(description).toContain(
        '1번째 줄: dockerfile parse error on line 1: unknown instruction: XFROM (did you mean FROM?)',
      );
      expect(await axeViolations(page)).toEqual([]);
      await press(button('빌드'));
      await waitForNarration(widget, '빌드가 1번째 줄에서 멈췄습니다');
      await widget
        .getByRole('list', { name: '터미널 출력' })
        .getByText('unknown instruction: XFROM', { exact: false })
        .first()
        .waitFor();
      expect(await widget.getByRole('list', { name: '이미지 레이어' }).getByRole('listitem').count()).toBe(6);

      // The browser's own undo takes the typo back.
      await focusByRole(dockerfile);
      await page.keyboard.press('Control+z');
      await expect.poll(() => dockerfile.getAttribute('aria-invalid')).toBeNull();

      // 처음 상태로 puts every file back; the next build is all cache hits on the first image.
      await press(editor.getByRole('button', { name: '처음 상태로' }));
      await press(button('빌드'));
      await waitForNarration(widget, '모든 단계가 CACHED입니다');
      await waitForNarration(widget, 'rails-app:1 태그가 가리키는 같은 이미지');

      if (width <= 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual({ consoleErrors: [], foreignRequests: [] });
    } finally {
      await context.close();
    }
  });
});
