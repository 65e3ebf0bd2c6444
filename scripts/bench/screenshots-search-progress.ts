// Screenshots of the search dialog open with results, and of reading progress (home, sidebar,
// chapter end), light and dark, 320/390/1280 px:
// `npx tsx scripts/bench/screenshots-search-progress.ts [baseURL] [query]`. Output in .artifacts/screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../lib/chromium/launch-options';

const base = process.argv[2] ?? 'http://localhost:3000';
const query = process.argv[3] ?? '컨테이너를';
const outDir = '.artifacts/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [320, 390, 1280]) {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${base}/learn/container`);
    await page.getByRole('button', { name: '검색' }).click();
    await page.getByRole('combobox', { name: '검색어' }).fill(query);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${outDir}/search-${colorScheme}-${width}.png` });
    await context.close();
  }
}
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await context.addInitScript(() => {
      localStorage.setItem('container-baeumteo:progress', JSON.stringify({ v: 1, marked: ['docker', 'container'] }));
    });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByText('6장 중 2장 완료').waitFor();
    await page.getByRole('heading', { name: '강의 목차' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '진도 초기화' }).click();
    await page.screenshot({ path: `${outDir}/progress-home-${colorScheme}-${width}.png` });
    await page.goto(`${base}/learn/background`);
    await page.getByRole('region', { name: '이 장의 진도' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '완료로 표시' }).click();
    await page.screenshot({ path: `${outDir}/progress-chapter-${colorScheme}-${width}.png` });
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${outDir}`);
