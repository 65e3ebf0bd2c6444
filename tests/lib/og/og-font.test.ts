import { describe, expect, it } from 'vitest';
import { stat } from 'node:fs/promises';
import { getChapterMetas } from '@/lib/content/chapters';
import { glyphsOf, missingGlyphs, ogFontFile, ogFontFor } from '@/lib/og/og-font';
import { site } from '@/lib/site';

describe('the preview image font', () => {
  it('lists each character once and keeps the space Satori measures', () => {
    expect(glyphsOf('도커 도커\n')).toBe(' 도커');
  });

  it('draws every character of the site name and every chapter title and summary', async () => {
    const metas = await getChapterMetas();
    const text = [
      site.name,
      site.description,
      '장 · 도커와 쿠버네티스 입문 여섯 0123456789',
      ...metas.flatMap((m) => [m.title, m.description]),
    ].join('');
    expect(await missingGlyphs(text)).toEqual([]);
  });

  it('names characters it cannot draw', async () => {
    expect(await missingGlyphs('도커 😀')).toEqual(['😀']);
  });

  it('hands the renderer an OpenType subset a small fraction of the source', async () => {
    const font = new Uint8Array(await ogFontFor(`${site.name} 1장 Docker란 무엇인가`));
    const { size } = await stat(ogFontFile);
    // sfnt version: 'OTTO' for CFF outlines or 0x00010000 for TrueType; never WOFF ('wOFF').
    const tag = String.fromCharCode(...font.slice(0, 4));
    expect(['OTTO', '\u0000\u0001\u0000\u0000']).toContain(tag);
    expect(font.byteLength).toBeLessThan(size / 20);
  });
});
