// Gzip weight of a built page and everything it loads up front:
// `node scripts/page-weight.mjs http://localhost:3000/learn/docker [more URLs…]`.
import { gzipSync } from 'node:zlib';

async function gzipBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
}

for (const pageUrl of process.argv.slice(2)) {
  const html = await (await fetch(pageUrl)).text();
  const assets = (pattern) => [...new Set([...html.matchAll(pattern)].map((match) => new URL(match[1], pageUrl).href))];
  const scripts = assets(/<script[^>]+src="([^"]+)"/g);
  const styles = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const htmlBytes = gzipSync(Buffer.from(html), { level: 9 }).length;
  const scriptBytes = (await Promise.all(scripts.map(gzipBytes))).reduce((a, b) => a + b, 0);
  const styleBytes = (await Promise.all(styles.map(gzipBytes))).reduce((a, b) => a + b, 0);
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(pageUrl);
  console.log(`  HTML ${kB(htmlBytes)} · JS ${kB(scriptBytes)} in ${scripts.length} files · CSS ${kB(styleBytes)} · total ${kB(htmlBytes + scriptBytes + styleBytes)} (gzip -9)`);
}
