// After `next build`, before the CSP hashes: every exported page runs its scripts after its first
// paint, and those scripts are compiled while they stream in (scripts/paint-first.mjs).
// Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles, outDir } from './export-files.mjs';
import { compiledWhileStreaming, paintFirst } from './paint-first.mjs';

const files = htmlFiles();
const bootScripts = new Set();
for (const file of files) {
  const { html, sources } = paintFirst(readFileSync(file, 'utf8'));
  writeFileSync(file, html);
  for (const source of sources) bootScripts.add(source);
}
for (const source of bootScripts) {
  const file = path.join(outDir, new URL(source, 'http://site').pathname);
  writeFileSync(file, compiledWhileStreaming(readFileSync(file, 'utf8')));
}
console.log(`paint-first: ${files.length} pages, ${bootScripts.size} boot scripts`);
