import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterSlugs } from '../../content/manifest';
import { axeViolations, baseURL, hydrated, launchBrowser, openPage, withPage } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('chapter quizzes in Chromium', () => {
  it('every chapter has a quiz of 3–5 questions, each a named radio group, accessible once answered', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(browser, { colorScheme, viewport: { width: 390, height: 844 } }, async ({ page, problems }) => {
        for (const slug of chapterSlugs) {
          await page.goto(`${baseURL}/learn/${slug}`);
          const quiz = page.getByRole('region', { name: '확인 문제' });
          const groups = quiz.getByRole('radiogroup');
          const count = await groups.count();
          expect(count, slug).toBeGreaterThanOrEqual(3);
          expect(count, slug).toBeLessThanOrEqual(5);
          // Answer every question with its first choice, so explanations and both verdicts are on screen.
          // Known bug, open: a click while the page hydrates can be lost on a first visit (the service
          // worker's precache competes with hydration and widens that window; seen in CI). Until it is
          // fixed the answers come once the page has hydrated, and each verdict is waited for.
          await hydrated(page);
          for (let index = 0; index < count; index += 1) await groups.nth(index).getByRole('radio').first().click();
          for (let index = 0; index < count; index += 1) {
            await expect.poll(() => groups.nth(index).getByRole('radio').first().isChecked(), { message: slug }).toBe(true);
            await expect
              .poll(() => groups.nth(index).getByRole('status').textContent(), { message: slug })
              .toMatch(/^(정답|오답)입니다\..+/);
          }
          expect(await axeViolations(page), `${slug} (${colorScheme})`).toEqual([]);
        }
        expect(problems.consoleErrors).toEqual([]);
      });
    }
  });

  it('is answered with the keyboard alone and remembers answers and completion after a reload', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/docker`);
      const quiz = page.getByRole('region', { name: '확인 문제' });
      const groups = quiz.getByRole('radiogroup');
      const count = await groups.count();

      // The theme toggle renders only once React has hydrated the page; answer after that.
      await page.getByRole('button', { name: '어두운 테마' }).waitFor();
      // Try each choice with the arrow keys until the verdict says it is right. Every choice has its own
      // explanation, so after each key the verdict text changes; wait for that before reading it.
      for (let index = 0; index < count; index += 1) {
        const group = groups.nth(index);
        const verdict = () => group.getByRole('status').textContent();
        await group.getByRole('radio').first().focus();
        await page.keyboard.press('Space');
        await expect.poll(verdict).toMatch(/입니다\./);
        for (let tries = 0; tries < 5 && !(await verdict())?.startsWith('정답'); tries += 1) {
          const before = await verdict();
          await page.keyboard.press('ArrowDown');
          await expect.poll(verdict).not.toBe(before);
        }
        await expect.poll(verdict).toMatch(/^정답입니다\./);
      }
      await expect.poll(() => quiz.getByText('이 장을 마쳤습니다.').count()).toBe(1);

      // Answers come back from storage once the page has hydrated.
      await page.reload();
      const restored = page.getByRole('region', { name: '확인 문제' });
      await expect.poll(() => restored.getByText('이 장을 마쳤습니다.').count()).toBe(1);
      await expect.poll(() => restored.locator('input[type=radio]:checked').count()).toBe(count);
      expect(problems.consoleErrors).toEqual([]);
    });
  });

  it('survives corrupt storage', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await context.addInitScript(() => localStorage.setItem('container-baeumteo:quiz:docker', '{"v":1,"answers":'));
      await page.goto(`${baseURL}/learn/docker`);
      const quiz = page.getByRole('region', { name: '확인 문제' });
      await expect.poll(() => quiz.locator('input[type=radio]:checked').count()).toBe(0);
      // After hydration, as above (the known bug of a click lost while the page hydrates).
      await hydrated(page);
      await quiz.getByRole('radio').first().click();
      await expect.poll(() => quiz.getByRole('radio').first().isChecked()).toBe(true);
      await expect.poll(() => quiz.getByRole('status').first().textContent()).toMatch(/입니다\./);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  it('the quiz promises nothing it cannot do, and each answer can be opened; progress says it needs JavaScript', async () => {
    await withPage(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await page.goto(`${baseURL}/learn/docker`);
      const quiz = page.getByRole('region', { name: '확인 문제' });
      await expect.poll(() => quiz.innerText()).not.toContain('답을 고르면 바로 해설이 나옵니다');
      await expect.poll(() => quiz.innerText()).toContain('자바스크립트가 꺼져 있어');
      // Playwright's text and role engines skip <noscript>, even when scripts are off; CSS does not.
      const answers = quiz.getByRole('radiogroup').first().locator('noscript details');
      await answers.locator('summary').click();
      await expect.poll(() => answers.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      await expect.poll(() => answers.evaluate((details) => details.textContent?.match(/\(정답\)/g)?.length ?? 0)).toBe(1);
      const progress = page.getByRole('region', { name: '이 장의 진도' });
      await expect.poll(() => progress.innerText()).not.toContain('완료로 표시해 두세요');
      await expect.poll(() => progress.innerText()).toContain('자바스크립트가 꺼져 있어');
    });
  });
});
