import { createHash } from 'node:crypto';

// Data blocks (JSON-LD) are never executed, so CSP does not apply to them.
const dataTypes = /\btype\s*=\s*["']?application\/(ld\+)?json/i;
const inlineScript = /<script(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi;

// The CSP hash of each inline script in a page, as a sorted list of 'sha256-…' sources.
export function scriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (dataTypes.test(attributes) || body.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}
