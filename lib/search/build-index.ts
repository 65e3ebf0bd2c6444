import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glossary } from '../../content/glossary';
import { chapterSlugs } from '../../content/manifest';
import { parseFrontmatter } from '../content/parse-frontmatter';
import { chapterDocuments, glossaryDocuments } from './documents';
import { createIndex, type SearchDocument } from './engine';
import { searchIndexVersion, type SearchIndexFile } from './index-file';
import { synonymGroups } from './synonyms';
import { withTaughtTerms } from './taught';

// Build time only (reads content/ from disk): the index the search dialog downloads when opened.
// Reads the sources directly rather than through lib/content/chapters, which compiles MDX: the
// index needs the words, not the rendered page (the pages themselves check the manifest).

export async function loadSearchDocuments(): Promise<SearchDocument[]> {
  const perChapter = await Promise.all(
    chapterSlugs.map(async (slug, index) => {
      const file = path.posix.join('content', 'chapters', `${slug}.mdx`);
      const source = await readFile(path.join(process.cwd(), file), 'utf8');
      const { title, description } = parseFrontmatter(source, file);
      return chapterDocuments({ slug, number: index + 1, title, description }, source);
    }),
  );
  return withTaughtTerms([...perChapter.flat(), ...glossaryDocuments(glossary)], glossary);
}

export async function buildSearchIndex(): Promise<SearchIndexFile> {
  return {
    v: searchIndexVersion,
    index: createIndex(await loadSearchDocuments()).toJSON(),
    synonyms: synonymGroups(glossary),
  };
}
