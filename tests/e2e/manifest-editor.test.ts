import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFESTS } from '@/lib/terminal/kubectl/manifests';
import { axeViolations, baseURL, launchBrowser, withPage } from './browser';
import { focusByRole, isFocused } from './keyboard';

// The manifest editor by keyboard: open it, edit deployment.yaml line by line, apply, and watch the
// cluster picture and `kubectl get pods` follow; an unknown field is reported at its line.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const lines = MANIFESTS['deployment.yaml']!.text.split('\n');
/** 1-based line of the first line starting with `prefix` in the chapter's deployment.yaml. */
const lineOf = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix)) + 1;

/** Puts the caret at the end of 1-based `line` with the keyboard only. */
async function toLineEnd(page: Page, line: number) {
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

async function press(control: Locator, page: Page) {
  await focusByRole(control);
  await page.keyboard.press('Enter');
}

const setups = [
  { width: 390, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const;

describe('manifest editor', () => {
  for (const { width, colorScheme } of setups) {
    it(`edits deployment.yaml by keyboard at ${width} px (${colorScheme}): replicas, a missing tag, an unknown field; axe clean`, async () => {
      await withPage(
        browser,
        { viewport: { width, height: 900 }, colorScheme, hasTouch: width < 400 },
        async ({ page, problems }) => {
          await page.goto(`${baseURL}/learn/kubernetes#orchestrator-sandbox`);
          const sandbox = page.locator('[data-terminal="kubernetes"]');
          const open = sandbox.getByRole('button', { name: '매니페스트 편집' });
          await expect
            .poll(
              async () => {
                await open.scrollIntoViewIfNeeded();
                return open.isVisible();
              },
              { timeout: 40_000 },
            )
            .toBe(true);
          await press(open, page);
          const editor = sandbox.getByRole('textbox', { name: 'deployment.yaml 내용' });
          await editor.waitFor({ timeout: 30_000 });
          const apply = sandbox.getByRole('button', { name: '적용', exact: true });
          const result = sandbox.getByRole('status', { name: '적용 결과' });
          const replicas = sandbox.locator('dt', { hasText: '레플리카(준비/의도)' }).locator('xpath=following-sibling::dd');

          // replicas: 5 under spec:, applied: the Deployment wants five pods and the picture shows them.
          await focusByRole(editor);
          await toLineEnd(page, lineOf('spec:'));
          await page.keyboard.press('Enter');
          await page.keyboard.type('  replicas: 5');
          await expect.poll(() => sandbox.getByText('검사: 스키마와 검증 규칙에 맞습니다.').count()).toBe(1);
          await press(apply, page);
          await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('deployment.apps/web configured');
          await expect.poll(() => replicas.textContent(), { timeout: 20_000 }).toMatch(/\/5개$/);

          // A tag the registry does not have: the new pod cannot pull its image.
          await focusByRole(editor);
          await toLineEnd(page, lineOf('          image:') + 1);
          for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
          await page.keyboard.type('1.3');
          await press(apply, page);
          await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('deployment.apps/web configured');
          await expect
            .poll(() => sandbox.locator('[aria-hidden="true"]', { hasText: '받기 실패' }).count(), { timeout: 30_000 })
            .toBeGreaterThan(0);
          const terminalInput = sandbox.getByRole('textbox', { name: '명령 입력' });
          const log = sandbox.getByRole('log', { name: '터미널 출력' });
          await terminalInput.waitFor({ timeout: 30_000 });
          await focusByRole(terminalInput);
          await expect
            .poll(
              async () => {
                await page.keyboard.type('kubectl get pods');
                await page.keyboard.press('Enter');
                return log.locator(':scope > div').last().textContent();
              },
              { timeout: 40_000 },
            )
            // The new pod alternates between ErrImagePull and the wait after it: asked again until it waits.
            .toMatch(/0\/1\s+ImagePullBackOff/);
          await page.screenshot({ path: `/tmp/mf/shots/editor-${width}-${colorScheme}-pull.png`, fullPage: false });

          // An unknown field: replicas misspelt as replica. The error names the field and its line.
          const replicasLine = lineOf('spec:') + 1;
          await focusByRole(editor);
          await toLineEnd(page, replicasLine);
          await page.keyboard.press('Home');
          for (let i = 0; i < '  replicas'.length; i += 1) await page.keyboard.press('ArrowRight');
          await page.keyboard.press('Backspace');
          await expect.poll(() => sandbox.getByText(/spec\.replica라는 필드가 없습니다/).count()).toBe(1);
          const goTo = sandbox.getByRole('button', { name: `${replicasLine}번째 줄로 가기` });
          await press(goTo, page);
          expect(await isFocused(editor)).toBe(true);
          expect(await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(
            '  replica: 5',
          );
          await press(apply, page);
          await expect.poll(() => result.textContent()).toContain('strict decoding error: unknown field "spec.replica"');
          await expect.poll(() => result.textContent()).toContain(`deployment.yaml ${replicasLine}번째 줄`);
          await editor.scrollIntoViewIfNeeded();
          await page.screenshot({ path: `/tmp/mf/shots/editor-${width}-${colorScheme}-error.png`, fullPage: false });

          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
          expect(await axeViolations(page)).toEqual([]);
          expect(problems.consoleErrors).toEqual([]);
        },
      );
    });
  }
});
