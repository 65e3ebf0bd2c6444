// After the export: write `<file>.br` and `<file>.gz` beside every text file in out/, at the highest
// settings, so nginx (gzip_static, brotli_static) and the local server send stored bytes instead of
// compressing on every request. A variant that would not be smaller is not written.
// CLI: `tsx scripts/build/precompress.ts [dir]` (default out/).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { contentTypeFor, encodings, textTypes } from '../../deploy/http-policy.mjs';

const compressors = {
  br: (data: Buffer) =>
    promisify(brotliCompress)(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  gzip: (data: Buffer) => promisify(gzip)(data, { level: constants.Z_BEST_COMPRESSION }),
};

export type PrecompressResult = { files: number; bytes: number; written: Record<'br' | 'gzip', number> };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const isText = (file: string) => textTypes.includes(contentTypeFor(file).split(';')[0] ?? '');

export async function precompress(dir = 'out'): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, written: { br: 0, gzip: 0 } };
  await Promise.all(
    filesUnder(dir)
      .filter(isText)
      .map(async (file) => {
        const data = readFileSync(file);
        result.files += 1;
        result.bytes += data.length;
        for (const { name, suffix } of encodings) {
          const compressed = await compressors[name](data);
          if (compressed.length >= data.length) continue;
          writeFileSync(file + suffix, compressed);
          result.written[name] += compressed.length;
        }
      }),
  );
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'out';
  const { files, bytes, written } = await precompress(dir);
  const kB = (n: number) => `${Math.round(n / 1024)} kB`;
  console.log(`precompress: ${files} text files in ${dir}/, ${kB(bytes)} → br ${kB(written.br)}, gzip ${kB(written.gzip)}`);
}
