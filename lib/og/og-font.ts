import { readFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';

// Pretendard Bold (OFL-1.1, assets/fonts/OFL.txt) as its authors publish it pre-subset to the
// Korean syllables and symbols in everyday use. It is read only while the preview images are built:
// nothing under assets/ is served to readers, so pages never download it.
export const ogFontFile = path.join(process.cwd(), 'assets', 'fonts', 'pretendard-bold-subset.woff');
export const ogFontName = 'Pretendard';

let source: Promise<Buffer> | undefined;

function readSource() {
  source ??= readFile(ogFontFile);
  return source;
}

/** Every distinct character the text draws. Satori measures the space too, so it always stays. */
export function glyphsOf(text: string): string {
  return [...new Set(`${text.replace(/\s/gu, '')} `)].sort().join('');
}

/**
 * The font cut down to the characters one image draws, as a plain sfnt (OpenType) that Satori
 * reads: a few kilobytes instead of the 350 kB source, so each image renders fast.
 */
export async function ogFontFor(text: string): Promise<ArrayBuffer> {
  const subset = await subsetFont(await readSource(), glyphsOf(text), { targetFormat: 'sfnt' });
  return subset.buffer.slice(subset.byteOffset, subset.byteOffset + subset.byteLength) as ArrayBuffer;
}

/** The characters of the text that the font cannot draw (they would render as blank boxes). */
export async function missingGlyphs(text: string): Promise<string[]> {
  const hb = await import('harfbuzzjs');
  const subset = await subsetFont(await readSource(), glyphsOf(text), { targetFormat: 'sfnt' });
  const blob = new hb.Blob(subset);
  const face = new hb.Face(blob, 0);
  const covered = new Set(face.collectUnicodes());
  return [...glyphsOf(text)].filter((char) => !covered.has(char.codePointAt(0) ?? 0));
}
