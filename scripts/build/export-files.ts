import { readdirSync } from 'node:fs';
import path from 'node:path';

export const outDir = 'out';

// Every exported HTML page under out/.
export function htmlFiles(dir = outDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

// Both the clean URL and the file's own path: nginx's try_files rewrites $uri to the file it found.
export function urisFor(file: string, root = outDir): string[] {
  const relative = `/${path.relative(root, file).split(path.sep).join('/')}`;
  const clean = relative === '/index.html' ? '/' : relative.replace(/\.html$/, '');
  return [...new Set([clean, relative])];
}
