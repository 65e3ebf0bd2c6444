import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './launch-options';

const gzip = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

// Gzip bytes (-9, whatever the server sends) of everything a page loads in Chromium until the network
// has been quiet for half a second: the document, its stylesheet, the scripts it requests after its
// first paint, and what they fetch in turn. Phone-sized and unscrolled, so the widgets far down the
// page stay still figures, as they do for a reader who has just arrived.
export type PageWeight = { html: number; js: number; css: number; scripts: number; total: number };

// Used by the budget test (tests/e2e/budget.test.ts) and the bench tools (scripts/bench/).
export async function measurePage(pageUrl: string, { hydrates = true } = {}): Promise<PageWeight> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const responses: Promise<{ type: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      responses.push(
        response.body().then(
          (body) => ({ type, bytes: gzip(body) }),
          () => ({ type, bytes: 0 }),
        ),
      );
    });
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    // The scripts are requested after the first paint (lib/postbuild/paint-first), which a loaded
    // machine can delay past a quiet network: wait until the page has hydrated (the header's search
    // button exists only then), so the measure never reads a page without its JavaScript. A page
    // stripped of its scripts (the bench's floor) says so with `hydrates: false`.
    if (hydrates)
      await page.getByRole('banner').getByRole('button', { name: '검색' }).waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(responses);
    const sum = (...types: string[]) => loaded.filter((r) => types.includes(r.type)).reduce((total, r) => total + r.bytes, 0);
    return {
      html: sum('document'),
      js: sum('script'),
      css: sum('stylesheet'),
      scripts: loaded.filter((r) => r.type === 'script').length,
      total: loaded.reduce((total, r) => total + r.bytes, 0),
    };
  } finally {
    await browser.close();
  }
}
