import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chapterSlugs, type ChapterSlug } from '../../content/manifest';
import { compileMdx } from '../mdx/compile';
import { buildToc, type TocEntry } from '../mdx/toc';
import { ContentError } from './content-error';
import type { Frontmatter } from './frontmatter-schema';
import { parseFrontmatter } from './parse-frontmatter';

export const chaptersDir = path.join(process.cwd(), 'content', 'chapters');

export type ChapterMeta = Frontmatter & { slug: ChapterSlug; number: number };
export type Chapter = ChapterMeta & { code: string; toc: TocEntry[] };

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

async function readChapterSource(slug: ChapterSlug) {
  return readFile(path.join(chaptersDir, `${slug}.mdx`), 'utf8');
}

let manifestChecked: Promise<void> | undefined;

function ensureManifest() {
  manifestChecked ??= readdir(chaptersDir).then((files) => checkManifest(chapterSlugs, files));
  return manifestChecked;
}

export async function getChapterMetas(): Promise<ChapterMeta[]> {
  await ensureManifest();
  return Promise.all(
    chapterSlugs.map(async (slug, index) => ({
      slug,
      number: index + 1,
      ...parseFrontmatter(await readChapterSource(slug), relativeFile(slug)),
    })),
  );
}

const compiled = new Map<string, Promise<Chapter>>();

// Metadata and page rendering both ask for a chapter; compile each one once per build.
export function loadChapter(slug: ChapterSlug, knownComponents: Iterable<string>): Promise<Chapter> {
  let chapter = compiled.get(slug);
  if (!chapter) {
    chapter = (async () => {
      await ensureManifest();
      const file = relativeFile(slug);
      const source = await readChapterSource(slug);
      const frontmatter = parseFrontmatter(source, file);
      const { code, headings } = await compileMdx(source, { file, knownComponents });
      return { slug, number: chapterSlugs.indexOf(slug) + 1, ...frontmatter, code, toc: buildToc(headings) };
    })();
    compiled.set(slug, chapter);
  }
  return chapter;
}

export function isChapterSlug(value: string): value is ChapterSlug {
  return (chapterSlugs as readonly string[]).includes(value);
}

export function getNeighbours<T extends { slug: string }>(items: readonly T[], slug: string) {
  const index = items.findIndex((item) => item.slug === slug);
  return { previous: index > 0 ? items[index - 1] : undefined, next: index >= 0 ? items[index + 1] : undefined };
}
