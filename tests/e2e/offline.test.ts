import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapterSlugs } from '../../content/manifest';
import { serveExport } from '../../lib/server/serve.mjs';
import { axeViolations, baseURL, hydrated, launchBrowser, scrollToLive, withPage } from './browser';
import { freePort } from './free-port';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The worker is registered after load and idle, installs (downloading the whole precache) and then
// claims the page: once it controls the page, everything it stores is stored.
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

const offlineHeading = '인터넷에 연결되어 있지 않습니다';

describe('offline reading in Chromium', () => {
  it('after one visit, every chapter, search, a widget and a quiz work with the network gone', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ context, page, problems }) => {
      await page.goto(`${baseURL}/`);
      await hydrated(page);
      await controlled(page);
      await context.setOffline(true);

      for (const slug of chapterSlugs) {
        const response = await page.goto(`${baseURL}/learn/${slug}`);
        expect(response?.fromServiceWorker(), slug).toBe(true);
        await hydrated(page);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).count(), { message: slug }).toBe(1);
      }
      await page.goto(`${baseURL}/glossary`);
      await hydrated(page);

      // Search loads its index only when opened: from the precache now.
      await page.goto(`${baseURL}/learn/docker`);
      await hydrated(page);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: '강의 검색' });
      await dialog.getByRole('combobox', { name: '검색어' }).fill('레이어 캐시');
      await expect.poll(() => dialog.getByRole('option').first().textContent()).toContain('레이어와 빌드 캐시');
      await page.keyboard.press('Escape');

      // A widget's chunk comes when the reader reaches it.
      await page.goto(`${baseURL}/learn/background`);
      const widget = page.getByRole('figure', { name: /^가상 머신과 컨테이너: 같은 앱을/ });
      const start = widget.getByRole('button', { name: '동시에 시작', exact: true });
      await scrollToLive(widget, start);
      await start.click();
      await expect
        .poll(() => widget.locator('[data-narration]').textContent())
        .toContain('가상 머신과 컨테이너를 동시에 시작했습니다');

      const quiz = page.getByRole('region', { name: '확인 문제' });
      const group = quiz.getByRole('radiogroup').first();
      await group.getByRole('radio').first().click();
      await expect.poll(() => group.getByRole('status').textContent()).toMatch(/^(정답|오답)입니다\./);

      expect(problems.consoleErrors.filter((error) => !/ERR_INTERNET_DISCONNECTED/.test(error))).toEqual([]);
    });
  });

  it('an address it has not stored answers offline with the Korean offline page, axe clean in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(browser, { colorScheme, viewport: { width: 390, height: 844 } }, async ({ context, page }) => {
        await page.goto(`${baseURL}/learn/docker`);
        await controlled(page);
        await context.setOffline(true);
        const response = await page.goto(`${baseURL}/learn/not-stored-yet`);
        expect(response?.status()).toBe(200);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(offlineHeading);
        await hydrated(page);
        expect(await page.getByRole('link', { name: '용어집' }).count()).toBeGreaterThan(0);
        expect(await axeViolations(page), colorScheme).toEqual([]);
        // Its links lead to stored pages.
        await page.getByRole('main').getByRole('link', { name: /^1\. / }).click();
        await page.waitForURL(`${baseURL}/learn/docker`);
        await hydrated(page);
      });
    }
  });

  it("installs: Chromium's installability check finds nothing missing in the manifest, icons or worker", async () => {
    await withPage(browser, { viewport: { width: 390, height: 844 } }, async ({ context, page }) => {
      await page.goto(`${baseURL}/`);
      await controlled(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // A Playwright context is an incognito profile, where Chromium never offers to install; that is
      // the one reason it may give. A missing icon, manifest field or worker would each be listed.
      expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
      const { url, data } = await cdp.send('Page.getAppManifest');
      expect(url).toBe(`${baseURL}/manifest.webmanifest`);
      const manifest = JSON.parse(data ?? '{}') as { name: string; short_name: string; icons: { purpose: string }[] };
      expect([manifest.name, manifest.short_name]).toEqual(['컨테이너 배움터', '배움터']);
      expect(manifest.icons.map((icon) => icon.purpose)).toContain('maskable');
      // The tab icon, the bitmap favicon and the touch icon are linked, and each is there.
      const links = await page
        .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
        .evaluateAll((all) => all.map((link) => (link as HTMLLinkElement).href));
      expect(links.map((href) => new URL(href).pathname).sort()).toEqual(['/apple-touch-icon.png', '/favicon.ico', '/icon.svg']);
      for (const href of links) expect((await page.request.get(href)).headers()['content-type'], href).toMatch(/^image\//);
    });
  });

  it('online, an address that does not exist is still the 404 page, not the offline page', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(`${baseURL}/`);
      await controlled(page);
      const response = await page.goto(`${baseURL}/learn/no-such-chapter`);
      expect(response?.status()).toBe(404);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('페이지를 찾을 수 없습니다');
    });
  });
});

describe('a new deploy in Chromium', () => {
  let root = '';
  let server: Server | undefined;
  let site = '';

  beforeAll(async () => {
    // A copy of the export, served by the local server, that can be redeployed under the test.
    root = mkdtempSync(path.join(tmpdir(), 'offline-deploy-'));
    cpSync('out', root, { recursive: true });
    const port = await freePort();
    server = await serveExport({ port, root });
    site = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  // What a deploy of a new build changes: the home page, and the worker whose manifest names it.
  function deployNewBuild() {
    const home = path.join(root, 'index.html');
    writeFileSync(home, `${readFileSync(home, 'utf8')}<!--second build-->`);
    const worker = path.join(root, 'sw.js');
    const source = readFileSync(worker, 'utf8');
    const rewritten = source.replace(/(\{url:"\/",revision:")[0-9a-f]+"/, '$1second-build"');
    expect(rewritten).not.toBe(source);
    writeFileSync(worker, rewritten);
    for (const file of [home, worker]) for (const suffix of ['.br', '.gz']) rmSync(file + suffix, { force: true });
  }

  const servedBuild = (page: Page) =>
    page.evaluate(() =>
      document.lastChild?.nodeType === Node.COMMENT_NODE ? (document.lastChild as Comment).data : 'first build',
    );

  it('offers the new build politely, keeps the whole old one until asked, then reloads into the new one', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(browser, { colorScheme, viewport: { width: 390, height: 844 } }, async ({ page, problems }) => {
        cpSync('out/index.html', path.join(root, 'index.html'));
        cpSync('out/sw.js', path.join(root, 'sw.js'));
        await page.goto(`${site}/`);
        await hydrated(page);
        await controlled(page);
        const notice = page.getByRole('status').filter({ hasText: '새 버전이 있습니다' });
        expect(await notice.count()).toBe(0);

        deployNewBuild();
        await page.reload();
        await hydrated(page);
        await notice.waitFor({ timeout: 60_000 });
        // The page is still the stored first build, though the server already has the second.
        expect(await servedBuild(page)).toBe('first build');
        expect(await axeViolations(page), colorScheme).toEqual([]);

        const reload = notice.getByRole('button', { name: '새로고침' });
        await reload.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => servedBuild(page), { timeout: 30_000 }).toBe('second build');
        await hydrated(page);
        expect(await notice.count()).toBe(0);
        // Activation left only the new build's copy of the home page on the device.
        const homeCopies = await page.evaluate(async () => {
          const urls: string[] = [];
          for (const name of await caches.keys())
            for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
          return urls.filter((url) => new URL(url).pathname === '/');
        });
        expect(homeCopies).toEqual([`${site}/?__WB_REVISION__=second-build`]);
        expect(problems.consoleErrors).toEqual([]);
      });
    }
  });

  it('can be put off: 나중에 closes the notice and the old build stays', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      cpSync('out/index.html', path.join(root, 'index.html'));
      cpSync('out/sw.js', path.join(root, 'sw.js'));
      await page.goto(`${site}/`);
      await controlled(page);
      deployNewBuild();
      await page.reload();
      const notice = page.getByRole('status').filter({ hasText: '새 버전이 있습니다' });
      await notice.waitFor({ timeout: 60_000 });
      await notice.getByRole('button', { name: '나중에' }).click();
      expect(await notice.count()).toBe(0);
      expect(await servedBuild(page)).toBe('first build');
    });
  });
});

describe('npm run dev', () => {
  it('never registers the worker; its /sw.js only retires a worker a production build left', async () => {
    // next dev rewrites tsconfig.json on start (its own formatting, an extra include); the tree is put back as it was.
    const tsconfig = readFileSync('tsconfig.json', 'utf8');
    const port = await freePort();
    const dev = spawn('npx', ['next', 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    const site = `http://127.0.0.1:${port}`;
    try {
      await expect
        .poll(
          () =>
            fetch(`${site}/sw.js`).then(
              (response) => response.text(),
              () => '',
            ),
          { timeout: 120_000, interval: 500 },
        )
        .toContain('registration');
      const killSwitch = await (await fetch(`${site}/sw.js`)).text();
      expect(killSwitch).toContain('.unregister()');
      expect(killSwitch).not.toContain('precache');
      await withPage(browser, {}, async ({ page }) => {
        await page.goto(`${site}/`, { timeout: 120_000 });
        await hydrated(page);
        // Past load and two idle periods: when a production build would have registered.
        await page.evaluate(
          () =>
            new Promise<void>((resolve) => {
              const idle = (then: () => void) => requestIdleCallback(then, { timeout: 5000 });
              const wait = () => idle(() => idle(() => resolve()));
              if (document.readyState === 'complete') wait();
              else addEventListener('load', wait, { once: true });
            }),
        );
        expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
      });
    } finally {
      if (dev.pid !== undefined) process.kill(-dev.pid, 'SIGTERM');
      writeFileSync('tsconfig.json', tsconfig);
    }
  }, 240_000);
});
