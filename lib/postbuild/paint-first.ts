import { readFileSync } from 'node:fs';
import { applyEdits, attribute, elements, rawText, type Edit, type Element } from './html-page';
import { PostbuildError } from './postbuild-error';

// Next.js puts its framework scripts in <head> as `async`. On a phone with a fast connection and a
// slow CPU they arrive before the page has painted and run first; on a slow connection they share
// the line with the stylesheet. Either way the reader waits for the framework before seeing any text.
// This rewrites each exported page so that those scripts are requested only after the first
// contentful paint (first-paint-loader.js): text first, then hydration. Script preloads go too, for
// the same reason; the runtime fetches any chunk it needs itself.
//
// It fails the build, rather than leave a page as it was, whenever the page is not what it expects:
// a framework script it cannot move, a page already rewritten, no </head> to put the loader in.

const loaderFile = new URL('./first-paint-loader.js', import.meta.url);
const loaderSource = (() => {
  const text = readFileSync(loaderFile, 'utf8');
  return text.slice(text.indexOf('(function loadAfterFirstPaint')).trim();
})();

export const isFrameworkScript = (element: Element) =>
  element.tagName === 'script' && (attribute(element, 'src') ?? '').startsWith('/_next/');
// Browsers that run modules never run a nomodule script (Next's legacy polyfills): it stays.
const isLegacyOnly = (element: Element) => attribute(element, 'nomodule') !== undefined;
const isScriptPreload = (element: Element) => {
  const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
  return (
    element.tagName === 'link' &&
    (rel.includes('modulepreload') || (rel.includes('preload') && attribute(element, 'as') === 'script'))
  );
};

/** The inline script that loads `sources` after the first paint. */
export function loaderScript(sources: readonly string[]): string {
  return `${loaderSource}(${JSON.stringify(sources)})`;
}

export function isLoader(html: string, element: Element): boolean {
  return (
    element.tagName === 'script' &&
    attribute(element, 'src') === undefined &&
    rawText(html, element).startsWith('(function loadAfterFirstPaint(')
  );
}

function whole(element: Element): Edit {
  const location = element.sourceCodeLocation;
  if (!location) throw new Error('parsed without source locations');
  return { start: location.startOffset, end: location.endOffset, text: '' };
}

// Why this framework script cannot be loaded later without changing what the page does, if so.
function unmovable(html: string, element: Element): string | undefined {
  const type = attribute(element, 'type');
  if (type !== undefined && type !== '' && type !== 'text/javascript') return `type="${type}"`;
  if (rawText(html, element).trim() !== '') return 'inline code beside its src';
  if (attribute(element, 'async') === undefined && attribute(element, 'defer') === undefined)
    return 'neither async nor defer: it runs in document order';
  return undefined;
}

/** The page rewritten, and the scripts it now loads after its first paint. */
export function paintFirst(html: string, file: string): { html: string; sources: string[] } {
  const all = elements(html);
  if (all.some((element) => isLoader(html, element))) {
    throw new PostbuildError(
      file,
      'already has the first-paint loader: the post-build step ran twice on one export (run `npm run build`)',
    );
  }
  const sources: string[] = [];
  const edits: Edit[] = [];
  for (const element of all) {
    if (isScriptPreload(element)) edits.push(whole(element));
    if (!isFrameworkScript(element) || isLegacyOnly(element)) continue;
    const src = attribute(element, 'src') ?? '';
    const reason = unmovable(html, element);
    if (reason)
      throw new PostbuildError(
        file,
        `cannot load ${src} after the first paint (${reason}); the loader would change what the page does`,
      );
    sources.push(src);
    edits.push(whole(element));
  }
  if (sources.length === 0) return { html: applyEdits(html, edits), sources };

  const head = all.find((element) => element.tagName === 'head');
  const endOfHead = head?.sourceCodeLocation?.endTag?.startOffset;
  if (endOfHead === undefined) throw new PostbuildError(file, 'has no </head> to put the first-paint loader in');
  edits.push({ start: endOfHead, end: endOfHead, text: `<script>${loaderScript(sources)}</script>` });
  const rewritten = applyEdits(html, edits);
  assertPaintedFirst(rewritten, file, sources);
  return { html: rewritten, sources };
}

/** What every rewritten page must be: no framework script left to run before paint, one loader for all. */
export function assertPaintedFirst(html: string, file: string, sources: readonly string[]): void {
  const all = elements(html);
  const early = all.filter((element) => isFrameworkScript(element) && !isLegacyOnly(element));
  if (early.length > 0)
    throw new PostbuildError(
      file,
      `still loads ${early.map((element) => attribute(element, 'src')).join(', ')} before the first paint`,
    );
  const preloads = all.filter(isScriptPreload);
  if (preloads.length > 0)
    throw new PostbuildError(file, `still preloads ${preloads.map((element) => attribute(element, 'href')).join(', ')}`);
  const loaders = all.filter((element) => isLoader(html, element));
  if (loaders.length !== 1) throw new PostbuildError(file, `has ${loaders.length} first-paint loaders; it needs exactly one`);
  const [loader] = loaders;
  if (!loader || rawText(html, loader) !== loaderScript(sources) || loader.parentNode?.nodeName !== 'head') {
    throw new PostbuildError(file, 'the first-paint loader is not the one written for this page, in <head>');
  }
}
