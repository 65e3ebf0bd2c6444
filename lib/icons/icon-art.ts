// The site's icon art, from app/icon.svg (the one drawing): as it is, for browser tabs and the
// installed app's "any" icon; and full-bleed, for Android's maskable icon and the Apple touch icon,
// which are cut to a platform's shape (Apple's never has transparent corners: iOS fills them black).

/** The drawing without its rounded background square. */
export function glyphOf(iconSvg: string): string {
  const match = /^<svg[^>]*>\s*<rect width="32" height="32"[^>]*\/>(.*)<\/svg>\s*$/s.exec(iconSvg);
  if (!match?.[1]) throw new Error('app/icon.svg is not a 32×32 rounded square with a drawing on it');
  return match[1];
}

/**
 * The glyph on a full square of `background`, scaled by `scale` around the glyph's centre. A maskable
 * icon keeps everything inside the central circle of 80% diameter (the safe zone); at 0.75 the
 * glyph's farthest corner lies 10.8 of a 12.8 radius from the centre.
 */
export function fullBleed(iconSvg: string, background: string, scale: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/>` +
    `<g transform="translate(16 17.25) scale(${scale}) translate(-16 -17.25)">${glyphOf(iconSvg)}</g></svg>`
  );
}
