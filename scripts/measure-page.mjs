import { gzipSync } from 'node:zlib';

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

async function fetchGzipBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  return gzip(Buffer.from(await response.arrayBuffer()));
}

// Gzip bytes of a page and of the scripts and stylesheets it loads up front. nomodule scripts are
// legacy polyfills that current browsers never download, so they are left out.
export async function measurePage(pageUrl) {
  const html = await (await fetch(pageUrl)).text();
  const assets = (pattern) => [...new Set([...html.matchAll(pattern)].map((match) => new URL(match[1], pageUrl).href))];
  const scripts = assets(/<script(?![^>]*\bnomodule\b)[^>]+src="([^"]+)"/gi);
  const styles = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/gi);
  const sum = async (urls) => (await Promise.all(urls.map(fetchGzipBytes))).reduce((a, b) => a + b, 0);
  const [js, css] = await Promise.all([sum(scripts), sum(styles)]);
  const htmlBytes = gzip(Buffer.from(html));
  return { html: htmlBytes, js, css, scripts: scripts.length, total: htmlBytes + js + css };
}
