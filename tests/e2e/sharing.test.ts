import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launchBrowser, openPage, scrollToLive, withPage } from './browser';
import { copiedText, recordCopies } from './clipboard';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The site's Permissions-Policy forbids reading the clipboard, so tests record what pages copy.
const clipboard = { permissions: ['clipboard-write'] };
const readClipboard = copiedText;
const figure = (page: Page, id: string) => page.locator(`figure#${id}`);

/** Everything a reader sees of a widget's state, for comparing the sent and the opened scene. */
async function visibleState(widget: Locator) {
  return {
    status: await widget.locator('dl').first().innerText(),
    table: await widget.getByRole('table').first().innerText(),
    narration: await widget.locator('[data-narration]').first().innerText(),
  };
}

async function expectClean(page: Page, problems: { consoleErrors: string[]; foreignRequests: string[] }) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews and search metadata', () => {
  it('every chapter names its own 1200×630 preview, a large card, a canonical URL and a LearningResource', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(`${baseURL}/learn/container`);
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe('/learn/container');
      const image = new URL((await meta('meta[property="og:image"]'))!);
      expect(image.pathname).toBe('/learn/container/opengraph-image');
      expect(await meta('meta[name="twitter:image"]')).toBe(image.toString());
      const png = Buffer.from(await (await fetch(`${baseURL}${image.pathname}${image.search}`)).arrayBuffer());
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });

      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(data).toMatchObject({ '@type': 'LearningResource', name: '컨테이너', position: 3, isPartOf: { '@type': 'Course' } });
      // The font that draws the preview is never sent to readers.
      expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
    });
  });

  it('the home page describes the course, and sitemap and robots list every page', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(`${baseURL}/`);
      const course = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(course['@type']).toBe('Course');
      expect(course.hasPart).toHaveLength(6);
    });

    const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text();
    for (const path of ['/learn/docker', '/learn/kubernetes', '/glossary']) expect(sitemap).toContain(`${path}</loc>`);
    expect(await (await fetch(`${baseURL}/robots.txt`)).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });
});

describe('sharing a chapter', () => {
  it('a heading link jumps to its section and copies its address, announced; the share button copies the chapter', async () => {
    await withPage(browser, { ...clipboard, viewport: { width: 1280, height: 900 } }, async ({ page, problems }) => {
      await recordCopies(page);
      await page.goto(`${baseURL}/learn/docker`);
      // The share button appears once the page is hydrated, which is when the copier listens.
      await page.getByRole('button', { name: '이 장 공유' }).waitFor();
      const anchor = page.locator('h2 a.heading-anchor').first();
      const hash = (await anchor.getAttribute('href'))!;
      await anchor.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((expected) => location.hash === expected, hash);
      await expect.poll(() => readClipboard(page)).toBe(`${baseURL}/learn/docker${hash}`);
      await expect.poll(() => page.getByRole('status').filter({ hasText: '절 링크를 복사했습니다.' }).count()).toBe(1);

      await page.getByRole('button', { name: '이 장 공유' }).click();
      await expect.poll(() => readClipboard(page)).toBe(`${baseURL}/learn/docker`);
      await page.getByRole('button', { name: '링크 복사됨' }).waitFor();
      await expectClean(page, problems);
    });
  });

  it('without JavaScript the heading link still works and no share button pretends to', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(`${baseURL}/learn/docker`);
      expect(await page.locator('h2 a.heading-anchor').first().getAttribute('href')).toMatch(/^#[a-z0-9-]+$/);
      expect(await page.getByRole('button', { name: '이 장 공유' }).count()).toBe(0);
    });
  });
});

async function pauseByReader(widget: Locator) {
  await widget.getByRole('button', { name: '재생' }).click();
  await widget.getByRole('button', { name: '일시 정지' }).click();
}

async function openShared(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe('shared widget scenes', () => {
  it('an orchestrator scene opens exactly as it was sent, scrolled into view', async () => {
    const { context, page, problems } = await openPage(browser, { ...clipboard, viewport: { width: 1280, height: 900 } });
    await recordCopies(page);
    try {
      await page.goto(`${baseURL}/learn/kubernetes`);
      const sandbox = figure(page, 'orchestrator-sandbox');
      await scrollToLive(sandbox, sandbox.getByRole('button', { name: '재생' }));
      await pauseByReader(sandbox);
      const slider = sandbox.getByRole('slider', { name: /부하/ });
      await slider.focus();
      for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
      for (let i = 0; i < 6; i += 1) await sandbox.getByRole('button', { name: '1초 진행' }).click();
      await sandbox.getByRole('button', { name: 'v2 배포' }).click();
      for (let i = 0; i < 4; i += 1) await sandbox.getByRole('button', { name: '1초 진행' }).click();
      const sent = await visibleState(sandbox);

      await sandbox.getByRole('button', { name: '이 장면 공유' }).click();
      await sandbox.getByText('이 장면을 여는 링크를 복사했습니다.').waitFor();
      const link = await readClipboard(page);
      expect(link).toMatch(/\/learn\/kubernetes\?scene=orchestrator-sandbox\.1\.\d+_.*#orchestrator-sandbox$/);

      const opened = await openShared(context, link);
      const received = figure(opened, 'orchestrator-sandbox');
      await received.getByText('공유받은 장면을 그대로 열었습니다.', { exact: false }).waitFor();
      expect(await visibleState(received)).toEqual(sent);
      expect(await received.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
      // The other three clusters on the page start as usual.
      expect(await figure(opened, 'orchestrator-scaling').getByText('공유받은 장면', { exact: false }).count()).toBe(0);
      expect(await axeViolations(opened)).toEqual([]);
      await expectClean(page, problems);
    } finally {
      await context.close();
    }
  });

  it('a build-flow scene with an edited line opens exactly as it was sent', async () => {
    const { context, page, problems } = await openPage(browser, { ...clipboard, viewport: { width: 1280, height: 900 } });
    await recordCopies(page);
    try {
      await page.goto(`${baseURL}/learn/container`);
      const widget = figure(page, 'build-flow-full');
      const next = widget.getByRole('button', { name: '다음 단계' });
      await scrollToLive(widget, next);
      // Build, build again, edit, build: each step once the previous build has finished (the button is enabled again).
      for (let i = 0; i < 4; i += 1) {
        await widget.locator('button[aria-disabled="false"]', { hasText: '다음 단계' }).waitFor();
        await next.click();
      }
      // Until the paced live region has caught up with the screen, what a reader hears is still moving.
      await widget.locator('[aria-live="polite"]').filter({ hasText: '단계 1개만 다시 실행해' }).waitFor();
      // Its whole text, less the share row and the note about the shared scene, blank lines folded.
      const panels = async (w: Locator) =>
        (await w.innerText()).replace(/이 장면[^\n]*|공유받은 장면을 그대로 열었습니다[^\n]*/g, '').replace(/\n+/g, '\n');
      const sent = await panels(widget);

      await widget.getByRole('button', { name: '이 장면 공유' }).click();
      await widget.getByText('이 장면을 여는 링크를 복사했습니다.').waitFor();
      const link = await readClipboard(page);
      expect(link).toMatch(/\?scene=build-flow-full\.2\.b_t\d+_b_t\d+_e\d+_b_t\d+#build-flow-full$/);
      const opened = await openShared(context, link);
      const received = figure(opened, 'build-flow-full');
      await received.getByText('공유받은 장면을 그대로 열었습니다.', { exact: false }).waitFor();
      // The attached terminal loads on its own once near, as it had on the sending page.
      await received.getByRole('textbox', { name: '명령 입력' }).waitFor({ timeout: 30_000 });
      expect(await panels(received)).toBe(sent);
      await expectClean(page, problems);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['malformed', 'orchestrator-sandbox.1.12_3zz', '링크가 올바르지 않아'],
    ['outdated', 'orchestrator-sandbox.0.12', '예전 형식의 링크라'],
  ])('a %s scene is ignored with a polite note, never a crash', async (_, value, note) => {
    await withPage(browser, { viewport: { width: 390, height: 844 } }, async ({ page, problems }) => {
      await page.goto(`${baseURL}/learn/kubernetes?scene=${value}#orchestrator-sandbox`);
      const sandbox = figure(page, 'orchestrator-sandbox');
      await sandbox.getByRole('status').filter({ hasText: note }).waitFor();
      // The widget shows its usual start instead: two pods, no request failed.
      expect(await sandbox.locator('dl').first().innerText()).toMatch(/2\/2개[\s\S]*0건/);
      await expectClean(page, problems);
    });
  });
});

describe('print', () => {
  it('prints prose, code and each widget’s still figure and transcript, without navigation or controls', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }, async ({ page }) => {
      await page.goto(`${baseURL}/learn/kubernetes`);
      // A widget the reader has made live still prints as its still figure.
      await scrollToLive(
        figure(page, 'orchestrator-sandbox'),
        figure(page, 'orchestrator-sandbox').getByRole('button', { name: '재생' }),
      );
      await page.emulateMedia({ media: 'print' });
      const visible = (selector: string) =>
        page
          .locator(selector)
          .evaluateAll(
            (els) =>
              els.filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed').length,
          );
      expect(await visible('body > header, nav, footer')).toBe(0);
      expect(await page.locator('button:visible, select:visible, input[type="range"]:visible').count()).toBe(0);
      expect(await page.getByText('이렇게 진행됩니다').first().isVisible()).toBe(true);
      expect(await page.locator('article h1').isVisible()).toBe(true);
      expect(await page.locator('article pre').first().isVisible()).toBe(true);
      // Paper is light whatever the screen theme.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      await page.pdf({ path: '.artifacts/print-kubernetes.pdf', format: 'A4', printBackground: true });
    });
  });
});
