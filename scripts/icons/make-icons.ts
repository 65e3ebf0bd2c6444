// Draws the PNG icons and favicon.ico in public/ from app/icon.svg, in headless Chromium (the one the
// browser tests use). Run by hand after changing the icon, and commit what it writes:
//   npx tsx scripts/icons/make-icons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../lib/chromium/launch-options';
import { icoFile } from '../../lib/icons/ico-file';
import { fullBleed } from '../../lib/icons/icon-art';

const iconSvg = readFileSync('app/icon.svg', 'utf8');
const background = '#1d4ed8';
const outputs = [
  { file: 'public/icon-192.png', size: 192, svg: iconSvg },
  { file: 'public/icon-512.png', size: 512, svg: iconSvg },
  { file: 'public/icon-maskable-512.png', size: 512, svg: fullBleed(iconSvg, background, 0.75) },
  { file: 'public/apple-touch-icon.png', size: 180, svg: fullBleed(iconSvg, background, 0.85) },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const draw = async (svg: string, size: number) => {
    await page.setViewportSize({ width: size, height: size });
    const url = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>*{margin:0}img{display:block}</style><img src="${url}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  for (const output of outputs) {
    writeFileSync(output.file, await draw(output.svg, output.size));
    console.log(`${output.file}: ${output.size}×${output.size}`);
  }
  const favicon = icoFile([
    { size: 16, png: await draw(iconSvg, 16) },
    { size: 32, png: await draw(iconSvg, 32) },
    { size: 48, png: await draw(iconSvg, 48) },
  ]);
  writeFileSync('public/favicon.ico', favicon);
  console.log(`public/favicon.ico: 16, 32, 48 (${favicon.length} bytes)`);
} finally {
  await browser.close();
}
