// Screenshots of the offline page (an unstored address, offline) and of the new-build notice (a real
// redeploy of a copy of out/), light and dark, 390/1280 px: `npx tsx scripts/bench/screenshots-offline.ts`
// after `npm run build`. Output in .artifacts/screenshots/.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../lib/chromium/launch-options';
import { serveExport } from '../../lib/server/serve.mjs';

const outDir = '.artifacts/screenshots';
mkdirSync(outDir, { recursive: true });
const root = mkdtempSync(path.join(tmpdir(), 'offline-shots-'));
cpSync('out', root, { recursive: true });
const port = 3917;
const server = await serveExport({ port, root });
const site = `http://127.0.0.1:${port}`;

const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });

function redeploy(second: boolean) {
  cpSync('out/sw.js', path.join(root, 'sw.js'));
  if (!second) return;
  const worker = path.join(root, 'sw.js');
  writeFileSync(worker, readFileSync(worker, 'utf8').replace(/(\{url:"\/",revision:")[0-9a-f]+"/, '$1second-build"'));
  for (const suffix of ['.br', '.gz']) rmSync(worker + suffix, { force: true });
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      redeploy(false);
      await page.goto(`${site}/learn/docker`);
      await controlled(page);
      await context.setOffline(true);
      await page.goto(`${site}/learn/not-stored`);
      await page.getByRole('banner').getByRole('button', { name: '검색' }).waitFor();
      await page.screenshot({ path: `${outDir}/offline-${colorScheme}-${width}.png` });
      await context.setOffline(false);
      redeploy(true);
      await page.goto(`${site}/learn/docker`);
      const notice = page.getByRole('status').filter({ hasText: '새 버전이 있습니다' });
      await notice.waitFor({ timeout: 60_000 });
      await notice.getByRole('button', { name: '새로고침' }).focus();
      await page.screenshot({ path: `${outDir}/update-${colorScheme}-${width}.png` });
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(root, { recursive: true, force: true });
}
console.log(`screenshots in ${outDir}`);
