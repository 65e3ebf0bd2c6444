import type MiniSearch from 'minisearch';
import { loadIndex, type SearchDocument, type SerializedIndex } from './engine';
import { buildSynonyms, type SynonymTable } from './synonyms';

// The contract between the build (app/search-index.json) and the dialog that downloads it.
// A page left open across a deploy may fetch a newer file; the version says when it cannot read it.
// 2: `taught` holds phrases (lib/search/taught.ts), and shell commands are a field of their own.
export const searchIndexVersion = 2;
export const searchIndexPath = '/search-index.json';

export type SearchIndexFile = { v: typeof searchIndexVersion; index: SerializedIndex; synonyms: string[][] };

/** `names`: the first name of each synonym group (the glossary's terms), for 초성 and suggestions. */
export type LoadedSearch = { index: MiniSearch<SearchDocument>; synonyms: SynonymTable; names: string[] };

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function readIndexFile(data: unknown): LoadedSearch {
  const file = data as Partial<SearchIndexFile> | null;
  if (
    !file ||
    file.v !== searchIndexVersion ||
    typeof file.index !== 'object' ||
    !Array.isArray(file.synonyms) ||
    !file.synonyms.every(isStringArray)
  ) {
    throw new Error('search index has an unknown format');
  }
  const names = [...new Set(file.synonyms.flatMap((group) => group.slice(0, 1)))];
  return { index: loadIndex(file.index), synonyms: buildSynonyms(file.synonyms), names };
}
