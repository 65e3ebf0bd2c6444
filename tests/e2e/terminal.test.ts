import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, withPage } from './browser';
import { isFocused } from './keyboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const input = (scope: Locator) => scope.getByRole('textbox', { name: '명령 입력' });
const log = (scope: Locator) => scope.getByRole('log', { name: '터미널 출력' });

/** Keyboard only: the terminal's input has the focus; type the line and press Enter, then wait for its output. */
async function type(page: Page, scope: Locator, line: string) {
  const entries = await log(scope).locator(':scope > div').count();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await log(scope).locator(':scope > div').nth(entries).waitFor();
}

/** The page does not scroll sideways: a phone reader never pans to reach the terminal. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const setups = [
  { width: 320, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
  { width: 320, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
] as const;

describe('terminal', () => {
  for (const { width, colorScheme } of setups.slice(0, 2)) {
    it(`runs the docker chapter's commands by keyboard at ${width} px (${colorScheme}), axe clean`, async () => {
      await withPage(
        browser,
        { viewport: { width, height: 800 }, colorScheme, hasTouch: width < 400 },
        async ({ page, problems }) => {
          await page.goto(`${baseURL}/learn/docker`);
          // A code block's "터미널에서 실행", pressed with the keyboard, runs its command there and hands over the focus.
          const block = page.locator('[data-code-block]', { hasText: 'docker run -d --name web -p 8080:80 nginx' });
          const run = block.getByRole('button', { name: '터미널에서 실행' });
          await run.focus();
          await page.keyboard.press('Enter');
          const terminal = page.locator('[data-terminal="docker"]');
          await expect.poll(() => isFocused(input(terminal)), { timeout: 30_000 }).toBe(true);
          await expect
            .poll(() => log(terminal).textContent(), { timeout: 30_000 })
            .toMatch(/docker run -d --name web -p 8080:80 nginx\s*Unable to find image 'nginx:latest' locally/);

          await type(page, terminal, 'docker ps');
          await expect
            .poll(() => log(terminal).textContent())
            .toMatch(/CONTAINER ID\s+IMAGE[\s\S]*0\.0\.0\.0:8080->80\/tcp[\s\S]*web/);
          await type(page, terminal, 'dokcer ps');
          await expect.poll(() => log(terminal).textContent()).toContain('bash: dokcer: command not found');
          await expect.poll(() => log(terminal).textContent()).toContain('혹시 docker 명령을 입력하려고 했나요?');

          // Tab completes, ↑ recalls, and Tab with nothing to complete leaves the input.
          await page.keyboard.type('hist');
          await page.keyboard.press('Tab');
          await expect.poll(() => input(terminal).inputValue()).toBe('history ');
          await page.keyboard.press('Enter');
          await expect.poll(() => log(terminal).textContent()).toMatch(/1 {2}docker run -d --name web -p 8080:80 nginx/);
          await page.keyboard.press('ArrowUp');
          await expect.poll(() => input(terminal).inputValue()).toBe('history');
          await input(terminal).fill('');
          await page.keyboard.press('Tab');
          expect(await isFocused(input(terminal))).toBe(false);

          // A follow runs until Ctrl+C, from the keyboard or the on-screen key.
          await input(terminal).focus();
          await type(page, terminal, 'docker logs -f web');
          await expect.poll(() => terminal.getByRole('status').textContent()).toContain('Ctrl+C');
          await page.keyboard.press('Control+C');
          await expect.poll(() => terminal.getByRole('status').count()).toBe(0);

          expect(await fitsWidth(page)).toBe(true);
          expect(await axeViolations(page)).toEqual([]);
          expect(problems.consoleErrors).toEqual([]);
        },
      );
    });
  }

  it('builds in the build-flow widget from a code block of the container chapter, at 320 px (dark)', async () => {
    await withPage(
      browser,
      { viewport: { width: 320, height: 800 }, colorScheme: 'dark', hasTouch: true },
      async ({ page, problems }) => {
        await page.goto(`${baseURL}/learn/container`);
        const block = page.locator('[data-code-block]', { hasText: 'docker build -t myapp .' });
        await block.getByRole('button', { name: '터미널에서 실행' }).focus();
        await page.keyboard.press('Enter');
        const attached = page.locator('[data-terminal="container"]');
        await expect.poll(() => isFocused(input(attached)), { timeout: 30_000 }).toBe(true);
        // The widget's picture is the terminal's world: the build typed there stacks the image's layers.
        const layers = attached.getByRole('list', { name: '이미지 레이어' }).getByRole('listitem');
        await expect.poll(() => layers.count(), { timeout: 30_000 }).toBe(6);
        // The block ends with a foreground server: Ctrl+C stops it (and --rm removes it).
        const running = attached.locator('[data-terminal-live]').getByText('명령이 계속 실행 중입니다.', { exact: false });
        await running.waitFor({ timeout: 30_000 });
        await page.keyboard.press('Control+C');
        await running.waitFor({ state: 'detached' });
        await type(page, attached, 'docker build -t myapp .');
        await expect.poll(() => log(attached).textContent(), { timeout: 30_000 }).toContain('CACHED');
        expect(await fitsWidth(page)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems.consoleErrors).toEqual([]);
      },
    );
  });

  for (const { width, colorScheme } of setups.slice(2)) {
    it(`moves the Kubernetes sandbox from kubectl, and shows its buttons in kubectl, at ${width} px (${colorScheme})`, async () => {
      await withPage(
        browser,
        { viewport: { width, height: 800 }, colorScheme, reducedMotion: 'reduce' },
        async ({ page, problems }) => {
          await page.goto(`${baseURL}/learn/kubernetes#orchestrator-sandbox`);
          const sandbox = page.locator('[data-terminal="kubernetes"]');
          const field = input(sandbox);
          await expect
            .poll(
              async () => {
                await sandbox.scrollIntoViewIfNeeded();
                return field.isVisible();
              },
              { timeout: 30_000 },
            )
            .toBe(true);
          await field.focus();
          const replicas = sandbox.locator('dt', { hasText: '레플리카(준비/의도)' }).locator('xpath=following-sibling::dd');

          await type(page, sandbox, 'kubectl scale deployment web --replicas=5');
          await expect.poll(() => log(sandbox).textContent()).toContain('deployment.apps/web scaled');
          // The widget's picture follows the terminal: the same state, not a copy.
          await expect.poll(() => replicas.textContent(), { timeout: 20_000 }).toMatch(/\/5개$/);

          // …and the terminal sees what the widget's buttons did.
          const stop = sandbox.getByRole('button', { name: 'node-3 끄기' });
          await stop.focus();
          await page.keyboard.press('Enter');
          await field.focus();
          await expect
            .poll(
              async () => {
                await type(page, sandbox, 'kubectl get nodes');
                return log(sandbox).locator(':scope > div').last().textContent();
              },
              { timeout: 40_000 },
            )
            .toMatch(/node-3\s+NotReady/);

          expect(await fitsWidth(page)).toBe(true);
          expect(await axeViolations(page)).toEqual([]);
          expect(problems.consoleErrors).toEqual([]);
        },
      );
    });
  }
});
