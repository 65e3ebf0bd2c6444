import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { glossary } from '../../content/glossary';
import { chapterSlugs, type ChapterSlug } from '../../content/manifest';
import type { ComponentSchemas } from '../mdx/component-schema';
import type { TocEntry } from '../mdx/toc';
import type { SearchDocument } from '../search/engine';
import type { ChapterModel } from './chapter-model';
import { componentAnchors } from './checks/check-elements';
import { checkGlossary } from './checks/check-glossary';
import { checkLinks, type SiteAnchors } from './checks/check-links';
import { compileChapter } from './compile-chapter';
import { ContentError, throwIfAny } from './content-error';
import type { Frontmatter } from './frontmatter-schema';
import { parseFrontmatter } from './parse-frontmatter';

export const chaptersDir = path.join(process.cwd(), 'content', 'chapters');
const glossaryFile = 'content/glossary.ts';

export type ChapterMeta = Frontmatter & { slug: ChapterSlug; number: number };
/** Everything the build knows about a chapter, from one parse of its file. */
export type Chapter = ChapterMeta & { file: string; code: string; toc: TocEntry[]; model: ChapterModel; documents: SearchDocument[] };

function relativeFile(slug: string) {
  return path.posix.join('content', 'chapters', `${slug}.mdx`);
}

// The manifest and the folder must agree exactly: a chapter nobody can reach, or a link to a
// chapter that does not exist, both fail the build by name.
export function checkManifest(slugs: readonly string[], files: readonly string[]): void {
  const onDisk = new Set(files.filter((file) => file.endsWith('.mdx')).map((file) => file.slice(0, -4)));
  const listed = new Set(slugs);
  const missingFile = slugs.filter((slug) => !onDisk.has(slug));
  const unlisted = [...onDisk].filter((slug) => !listed.has(slug));
  if (missingFile.length > 0) {
    throw new ContentError('content/manifest.ts', undefined, undefined,
      `no file for ${missingFile.map((slug) => `"${slug}" (expected ${relativeFile(slug)})`).join(', ')}`);
  }
  if (unlisted.length > 0) {
    throw new ContentError(relativeFile(unlisted[0] ?? ''), undefined, undefined,
      `not listed in content/manifest.ts: add ${unlisted.map((slug) => `"${slug}"`).join(', ')} to chapterSlugs`);
  }
}

let manifestChecked: Promise<void> | undefined;

function ensureManifest() {
  manifestChecked ??= readdir(chaptersDir).then((files) => checkManifest(chapterSlugs, files));
  return manifestChecked;
}

type Source = { meta: ChapterMeta; file: string; source: string };
const sources = new Map<ChapterSlug, Promise<Source>>();

// Each file is read and its frontmatter parsed once per build process.
function readChapter(slug: ChapterSlug): Promise<Source> {
  let read = sources.get(slug);
  if (!read) {
    read = (async () => {
      await ensureManifest();
      const file = relativeFile(slug);
      const source = await readFile(path.join(process.cwd(), file), 'utf8');
      return { file, source, meta: { slug, number: chapterSlugs.indexOf(slug) + 1, ...parseFrontmatter(source, file) } };
    })();
    sources.set(slug, read);
  }
  return read;
}

export async function getChapterMetas(): Promise<ChapterMeta[]> {
  return Promise.all(chapterSlugs.map(async (slug) => (await readChapter(slug)).meta));
}

let glossaryChecked: Promise<void> | undefined;

function ensureGlossary() {
  glossaryChecked ??= readFile(path.join(process.cwd(), glossaryFile), 'utf8').then((source) =>
    throwIfAny(checkGlossary(glossary, glossaryFile, source)),
  );
  return glossaryChecked;
}

type Compiled = Map<ChapterSlug, Promise<Chapter>>;
const compiledBySchemas = new WeakMap<ComponentSchemas, Compiled>();

// Metadata, the page and the search index all ask for a chapter; it is compiled once per build.
function compiled(slug: ChapterSlug, components: ComponentSchemas): Promise<Chapter> {
  let bySlug = compiledBySchemas.get(components);
  if (!bySlug) compiledBySchemas.set(components, (bySlug = new Map()));
  let chapter = bySlug.get(slug);
  if (!chapter) {
    chapter = readChapter(slug).then(async ({ meta, file, source }) => ({
      ...meta,
      file,
      ...(await compileChapter({ source, file, meta }, components)),
    }));
    bySlug.set(slug, chapter);
  }
  return chapter;
}

/** The pages a chapter may link to, with the ids a #fragment may name on each. */
export function siteAnchors(chapters: readonly Chapter[], components: ComponentSchemas): SiteAnchors {
  return new Map<string, ReadonlySet<string>>([
    ['/', new Set()],
    ['/glossary', new Set(glossary.map((entry) => entry.id))],
    ...chapters.map((chapter) => [
      `/learn/${chapter.slug}`,
      new Set([...chapter.model.headings.map((heading) => heading.id), ...componentAnchors(chapter.model, components)]),
    ] as const),
  ]);
}

/** A chapter, compiled and checked, including every link in it against every other chapter. */
export async function loadChapter(slug: ChapterSlug, components: ComponentSchemas): Promise<Chapter> {
  await ensureGlossary();
  const chapters = await Promise.all(chapterSlugs.map((each) => compiled(each, components)));
  const chapter = chapters[chapterSlugs.indexOf(slug)];
  if (!chapter) throw new Error(`unknown chapter ${slug}`);
  throwIfAny(checkLinks(chapter.file, `/learn/${slug}`, chapter.model, siteAnchors(chapters, components)));
  return chapter;
}

export function loadChapters(components: ComponentSchemas): Promise<Chapter[]> {
  return Promise.all(chapterSlugs.map((slug) => loadChapter(slug, components)));
}

export function isChapterSlug(value: string): value is ChapterSlug {
  return (chapterSlugs as readonly string[]).includes(value);
}

export function getNeighbours<T extends { slug: string }>(items: readonly T[], slug: string) {
  const index = items.findIndex((item) => item.slug === slug);
  return { previous: index > 0 ? items[index - 1] : undefined, next: index >= 0 ? items[index + 1] : undefined };
}
