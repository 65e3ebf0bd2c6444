// Screenshots of the chapter terminals after a few commands, light and dark, phone and desktop:
// `npx tsx scripts/bench/screenshots-terminal.ts [baseURL]`. Output in .artifacts/screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../lib/chromium/launch-options';

const base = process.argv[2] ?? 'http://localhost:3000';
const outDir = '.artifacts/screenshots';
mkdirSync(outDir, { recursive: true });

const cases = [
  {
    path: '/learn/docker',
    world: 'docker',
    lines: ['docker run -d --name web -p 8080:80 nginx', 'docker ps', 'dokcer images'],
    typed: 'docker ps -',
  },
  {
    path: '/learn/kubernetes',
    world: 'kubernetes',
    lines: ['kubectl get pods', 'kubectl get pods -l app=nope', 'kubectl get pod x'],
    typed: 'kubectl ',
  },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    for (const { path, world, lines, typed } of cases) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const terminal = page.locator(`[data-terminal="${world}"]`);
      const input = terminal.getByRole('textbox', { name: '명령 입력' });
      for (let tries = 0; tries < 60 && !(await input.isVisible()); tries += 1) {
        // The still frame is swapped for the live one as it loads; scroll to whichever is there.
        await terminal.scrollIntoViewIfNeeded().catch(() => undefined);
        await page.waitForTimeout(250);
      }
      for (const line of lines) {
        await input.fill(line);
        await input.press('Enter');
      }
      await input.fill(typed);
      await input.focus();
      const target =
        world === 'kubernetes'
          ? terminal.locator('section', { has: page.getByRole('textbox', { name: '명령 입력' }) })
          : terminal;
      await target.scrollIntoViewIfNeeded();
      await target.screenshot({ path: `${outDir}/terminal-${world}-${colorScheme}-${width}.png` });
      await context.close();
    }
  }
}
await browser.close();
console.log(`screenshots in ${outDir}`);
