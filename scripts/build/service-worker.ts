// Post-build step 3, after paint-first and the CSP hashes (the pages' final bytes) and before
// precompress (which then stores sw.js's .br/.gz too): lists what the service worker precaches, with
// a revision for every file whose name does not already carry one, and bundles
// lib/offline/worker/sw.ts with that manifest and the build's name written in. Serwist's build API
// computes the entries; esbuild bundles the worker.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';
import { hashedAssets, precacheGlobs, precacheIgnores, urlForFile } from '../../lib/offline/precache-files';
import { PostbuildError } from '../../lib/postbuild/postbuild-error';

// From this file, not the working directory: the post-build test runs the build in a scratch folder.
const workerSource = fileURLToPath(new URL('../../lib/offline/worker/sw.ts', import.meta.url));
// Pages the worker must have to answer offline at all.
const requiredUrls = ['/', '/offline', '/glossary', '/search-index.json'];

export type ServiceWorkerResult = { file: string; entries: number; bytes: number; build: string };

export async function writeServiceWorker(outDir: string): Promise<ServiceWorkerResult> {
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: precacheGlobs,
    globIgnores: precacheIgnores,
    // The largest file is the search index; a chunk over this would be a regression worth failing on.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((entry) => {
          const url = urlForFile(entry.url);
          return { ...entry, url, revision: hashedAssets.test(url) ? null : entry.revision };
        }),
      }),
    ],
  });
  const file = path.join(outDir, 'sw.js');
  if (warnings.length > 0) throw new PostbuildError(file, warnings.join('; '));
  const entries = manifestEntries ?? [];
  const urls = new Set(entries.map((entry) => entry.url));
  const missing = requiredUrls.filter((url) => !urls.has(url));
  if (missing.length > 0) throw new PostbuildError(file, `precache lacks ${missing.join(', ')}`);

  const manifest = JSON.stringify(entries.map(({ url, revision }) => ({ url, revision })));
  const buildName = createHash('sha256').update(manifest).digest('hex').slice(0, 12);
  await build({
    entryPoints: [workerSource],
    outfile: file,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    define: {
      __SW_MANIFEST: manifest,
      __BUILD__: JSON.stringify(buildName),
      'process.env.NODE_ENV': '"production"',
    },
  });
  return { file, entries: entries.length, bytes: size, build: buildName };
}
