// Screenshots of every page, light and dark, phone and desktop: `npx tsx scripts/bench/screenshots.ts [baseURL]`.
// Output goes to .artifacts/screenshots/ (ignored by git). Needs a running server (`npm start`).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../lib/chromium/launch-options';

const base = process.argv[2] ?? 'http://localhost:3000';
const pages = (
  process.env.PAGES ??
  '/,/learn/docker,/learn/background,/learn/container,/learn/docker-hub,/learn/docker-desktop,/learn/kubernetes,/nope'
).split(',');
const outDir = '.artifacts/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const pathname of pages) {
      // After hydration: the scripts come after the first paint, and the header's buttons with them.
      await page.goto(base + pathname, { waitUntil: 'networkidle' });
      const name = `${pathname.replaceAll('/', '_') || '_'}-${colorScheme}-${width}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: process.env.FULL === '1' });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${outDir}`);
