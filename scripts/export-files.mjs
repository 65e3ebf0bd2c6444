import { readdirSync } from 'node:fs';
import path from 'node:path';

export const outDir = 'out';

// Every exported HTML page under out/.
export function htmlFiles(dir = outDir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}
