// subset-font ships no types; this is the part of its API the preview images use.
declare module 'subset-font' {
  type Options = { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' };
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: Options): Promise<Buffer>;
}
