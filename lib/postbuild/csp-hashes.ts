import { createHash } from 'node:crypto';
import { attribute, elements, rawText } from './html-page';
import { isLoader } from './paint-first';
import { PostbuildError } from './postbuild-error';

// Every inline script of every exported page is hashed, so the CSP can allow exactly those and
// nothing else (no 'unsafe-inline'). build/csp-map.conf is an nginx map from the request URI to
// that page's hashes (deploy/nginx/ reads it).

// Data blocks (JSON-LD) are never executed, so CSP does not apply to them.
const isDataBlock = (type: string | undefined) => type !== undefined && /^application\/(?:ld\+)?json$/i.test(type.trim());
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP hash of each inline script in a page, as a sorted list of 'sha256-…' sources. */
export function scriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const element of elements(html)) {
    if (element.tagName !== 'script' || attribute(element, 'src') !== undefined || isDataBlock(attribute(element, 'type')))
      continue;
    const body = rawText(html, element);
    if (body.length === 0) continue;
    hashes.add(sha256(body));
  }
  return [...hashes].sort();
}

export type PageHashes = { uris: readonly string[]; hashes: readonly string[] };

export function cspMap(pages: readonly PageHashes[]): string {
  const lines = ['map $uri $csp_script_hashes {', '    default "";'];
  for (const page of pages) for (const uri of page.uris) lines.push(`    ${JSON.stringify(uri)} "${page.hashes.join(' ')}";`);
  lines.push('}', '');
  return lines.join('\n');
}

/** Reads back the map as nginx will: the page's loader must be allowed under every URI of the page. */
export function assertLoaderAllowed(html: string, file: string, map: string, uris: readonly string[]): void {
  const loaders = elements(html).filter((element) => isLoader(html, element));
  if (loaders.length === 0) return;
  const hash = sha256(rawText(html, loaders[0]!));
  for (const uri of uris) {
    const entry = map.split('\n').find((line) => line.trimStart().startsWith(`${JSON.stringify(uri)} `));
    if (!entry?.includes(hash))
      throw new PostbuildError(file, `the first-paint loader's hash ${hash} is not in the CSP entry for ${uri}`);
  }
}
