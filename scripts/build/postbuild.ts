// After `next build`, run by `npm run build`: `tsx scripts/build/postbuild.ts`. The steps run in
// this order, each on what the one before wrote, and each fails the build when its invariant does
// not hold (PostbuildError: the file and the reason). The steps themselves live in lib/postbuild/,
// where their tests can reach them.
//
//   1. paint first   every page loads its /_next/ scripts after the first paint, none async in the
//                    HTML, through exactly one loader; each boot chunk gets the compile hint once.
//   2. CSP hashes    every inline script of the final pages is hashed into build/csp-map.conf, and
//                    each page's loader is read back from the map under each of its URIs.
//   3. worker        the service worker's precache manifest, from the pages' final bytes, bundled
//                    into out/sw.js (scripts/build/service-worker.ts).
//   4. precompress   .br/.gz beside each file (scripts/build/precompress.ts): last, after every
//                    file has its final bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCompileHint } from '../../lib/postbuild/compile-hint';
import { assertLoaderAllowed, cspMap, scriptHashes } from '../../lib/postbuild/csp-hashes';
import { htmlFiles, outDir, urisFor } from './export-files';
import { paintFirst } from '../../lib/postbuild/paint-first';
import { PostbuildError } from '../../lib/postbuild/postbuild-error';
import { precompress } from './precompress';
import { writeServiceWorker } from './service-worker';

const cspMapFile = 'build/csp-map.conf';

function paintFirstPages(pages: readonly string[]) {
  const bootScripts = new Set<string>();
  for (const file of pages) {
    const { html, sources } = paintFirst(readFileSync(file, 'utf8'), file);
    writeFileSync(file, html);
    for (const source of sources) bootScripts.add(source);
  }
  for (const source of bootScripts) {
    const file = path.join(outDir, new URL(source, 'http://site').pathname);
    writeFileSync(file, withCompileHint(readFileSync(file, 'utf8'), file));
  }
  console.log(`paint-first: ${pages.length} pages, ${bootScripts.size} boot scripts`);
}

function writeCspMap(pages: readonly string[]) {
  const entries = [...pages].sort().map((file) => ({ file, html: readFileSync(file, 'utf8'), uris: urisFor(file) }));
  const map = cspMap(entries.map((entry) => ({ uris: entry.uris, hashes: scriptHashes(entry.html) })));
  for (const entry of entries) assertLoaderAllowed(entry.html, entry.file, map, entry.uris);
  mkdirSync(path.dirname(cspMapFile), { recursive: true });
  writeFileSync(cspMapFile, map);
  console.log(`csp-hashes: ${entries.length} pages → ${cspMapFile}`);
}

try {
  const pages = htmlFiles();
  if (pages.length === 0) throw new PostbuildError(outDir, 'has no pages: run `next build` first');
  paintFirstPages(pages);
  writeCspMap(pages);
  const worker = await writeServiceWorker(outDir);
  console.log(`service worker: ${worker.entries} files, ${Math.round(worker.bytes / 1024)} kB precached, build ${worker.build} → ${worker.file}`);
  const { files, bytes, written } = await precompress(outDir);
  const kB = (n: number) => `${Math.round(n / 1024)} kB`;
  console.log(`precompress: ${files} text files, ${kB(bytes)} → br ${kB(written.br)}, gzip ${kB(written.gzip)}`);
} catch (error) {
  console.error(`post-build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
