import type { ChapterModel } from '../chapter-model';
import { ContentError } from '../content-error';
import { editDistance } from '../../edit-distance';

// Every link inside the site must reach a page that is built and, with a #fragment, an element
// that page has (a heading id, a glossary entry, a widget instance), as react.dev's dead-link check
// does. Outside links are the writer's to check; they are not fetched.

/** Each page of the site by path, with the ids a #fragment may name on it. */
export type SiteAnchors = ReadonlyMap<string, ReadonlySet<string>>;

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

// The id a typo most likely meant: the nearest by edit distance, if it is near at all.
function closest(target: string, candidates: Iterable<string>): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of candidates) {
    const distance = editDistance(target, id);
    if (distance <= Math.max(2, Math.floor(id.length / 3)) && (!best || distance < best.distance)) best = { id, distance };
  }
  return best?.id;
}

export function checkLinks(file: string, page: string, model: ChapterModel, site: SiteAnchors): ContentError[] {
  const problems: ContentError[] = [];
  for (const { url, line } of model.links) {
    if (external.test(url)) continue;
    const fail = (reason: string) => problems.push(new ContentError(file, line, `link (${url})`, reason));
    const hashAt = url.indexOf('#');
    const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
    const fragment = hashAt === -1 ? undefined : url.slice(hashAt + 1);
    // A scene link carries ?scene=…; only the page and the fragment decide where it lands.
    const path = beforeHash.split('?')[0] ?? '';
    const target = path === '' ? page : path;
    if (path !== '' && !path.startsWith('/')) {
      fail('write a link inside the site from the root, e.g. /learn/docker#summary');
      continue;
    }
    const anchors = site.get(target);
    if (!anchors) {
      fail(`no page ${target} (pages: ${[...site.keys()].join(', ')})`);
      continue;
    }
    if (fragment === undefined || fragment === '') {
      if (fragment === '') fail('an empty # goes nowhere');
      continue;
    }
    if (!anchors.has(fragment)) {
      const suggestion = closest(fragment, anchors);
      fail(`${target} has no element with id "${fragment}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    }
  }
  return problems;
}
