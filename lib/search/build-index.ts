import { glossary } from '../../content/glossary';
import { loadChapters } from '../content/chapters';
import type { ComponentSchemas } from '../mdx/component-schema';
import { glossaryDocuments } from './documents';
import { createIndex, type SearchDocument } from './engine';
import { searchIndexVersion, type SearchIndexFile } from './index-file';
import { synonymGroups } from './synonyms';
import { withTaughtTerms } from './taught';

// Build time only: the index the search dialog downloads when opened, from the same chapter records
// the pages are rendered from (lib/content/chapters.ts).

export async function loadSearchDocuments(components: ComponentSchemas): Promise<SearchDocument[]> {
  const chapters = await loadChapters(components);
  return withTaughtTerms([...chapters.flatMap((chapter) => chapter.documents), ...glossaryDocuments(glossary)], glossary);
}

export async function buildSearchIndex(components: ComponentSchemas): Promise<SearchIndexFile> {
  return {
    v: searchIndexVersion,
    index: createIndex(await loadSearchDocuments(components)).toJSON(),
    synonyms: synonymGroups(glossary),
  };
}
