import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glossary } from '../../content/glossary';
import { chaptersDir, getChapterMetas } from '../content/chapters';
import { chapterDocuments, glossaryDocuments } from './documents';
import { createIndex, type SerializedIndex } from './engine';

// Build time only (reads content/ from disk): the index the search dialog downloads when opened.
export const searchIndexVersion = 1;

export type SearchIndexFile = { v: typeof searchIndexVersion; index: SerializedIndex };

export async function loadSearchDocuments() {
  const chapters = await getChapterMetas();
  const perChapter = await Promise.all(
    chapters.map(async (chapter) => chapterDocuments(chapter, await readFile(path.join(chaptersDir, `${chapter.slug}.mdx`), 'utf8'))),
  );
  return [...perChapter.flat(), ...glossaryDocuments(glossary)];
}

export async function buildSearchIndex(): Promise<SearchIndexFile> {
  return { v: searchIndexVersion, index: createIndex(await loadSearchDocuments()).toJSON() };
}
