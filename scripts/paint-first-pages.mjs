// After `next build`, before the CSP hashes: every exported page runs its scripts after its first
// paint (scripts/paint-first.mjs). Run by `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './export-files.mjs';
import { paintFirst } from './paint-first.mjs';

const files = htmlFiles();
for (const file of files) writeFileSync(file, paintFirst(readFileSync(file, 'utf8')));
console.log(`paint-first: ${files.length} pages`);
