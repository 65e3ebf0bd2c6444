import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fullBleed, glyphOf } from '@/lib/icons/icon-art';

const iconSvg = readFileSync('app/icon.svg', 'utf8');

describe('icon art', () => {
  it('takes the drawing off its rounded square', () => {
    const glyph = glyphOf(iconSvg);
    expect(glyph).not.toContain('rx="7"');
    expect(glyph.match(/<rect /g)).toHaveLength(4);
  });

  it('puts the drawing on a full square for maskable and Apple icons', () => {
    const svg = fullBleed(iconSvg, '#1d4ed8', 0.75);
    expect(svg).toContain('<rect width="32" height="32" fill="#1d4ed8"/>');
    expect(svg).toContain('scale(0.75)');
    expect(svg).toContain(glyphOf(iconSvg));
  });

  it('keeps the glyph inside the maskable safe zone (the central circle of 80% diameter)', () => {
    // The glyph's extreme points in app/icon.svg, scaled by 0.75 around (16, 17.25).
    const corners = [
      [4, 8],
      [28, 8],
      [4, 26.5],
      [28, 26.5],
    ] as const;
    for (const [x, y] of corners) {
      const distance = Math.hypot((x - 16) * 0.75, (y - 17.25) * 0.75);
      expect(distance).toBeLessThan(12.8);
    }
  });

  it('fails loudly when the icon is not the drawing it expects', () => {
    expect(() => glyphOf('<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>')).toThrow(/app\/icon.svg/);
  });
});
