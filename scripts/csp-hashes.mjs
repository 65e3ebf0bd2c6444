// After `next build`: hash every inline script of every exported page, so the CSP can allow exactly
// those and nothing else (no 'unsafe-inline'). Writes build/csp-map.conf, an nginx map from the
// request URI to that page's hashes. Run by `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles, outDir } from './export-files.mjs';
import { scriptHashes } from './script-hashes.mjs';

const target = 'build/csp-map.conf';

// Both the clean URL and the file's own path: try_files rewrites $uri to the file it found.
function urisFor(file) {
  const relative = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
  const clean = relative === '/index.html' ? '/' : relative.replace(/\.html$/, '');
  return [...new Set([clean, relative])];
}

const lines = ['map $uri $csp_script_hashes {', '    default "";'];
let pages = 0;
for (const file of htmlFiles().sort()) {
  const hashes = scriptHashes(readFileSync(file, 'utf8')).join(' ');
  for (const uri of urisFor(file)) lines.push(`    ${JSON.stringify(uri)} "${hashes}";`);
  pages += 1;
}
lines.push('}', '');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, lines.join('\n'));
console.log(`csp-hashes: ${pages} pages → ${target}`);
