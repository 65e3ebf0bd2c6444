import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { analyzeQuery, type Concept } from './query';
import type { SynonymTable } from './synonyms';
import { contentWords, indexTerms, isHangul } from './tokenize';

/** One searchable unit: a chapter's opening, one of its h2/h3 sections, or a glossary entry. */
export type SearchDocument = {
  id: string;
  /** Where the result leads: /learn/<slug>#<heading id>, /learn/<slug> or /glossary#<id>. */
  url: string;
  /** Where the result lives, for the reader: "3장 컨테이너" or "용어집". */
  place: string;
  title: string;
  /** English words naming the section: its heading id (self-healing) or a term's English name. */
  keywords: string;
  text: string;
};

export type SearchHit = SearchDocument & { score: number; terms: readonly string[] };

// A chapter's opening (description and goals) and its 정리 mention everything the chapter covers,
// so they would outrank the section that explains a term; they still appear, lower.
function documentWeight(id: unknown): number {
  const [, section] = String(id).split('#');
  if (section === undefined) return 0.5;
  return section === 'summary' ? 0.6 : 1;
}

const isGlossary = (hit: SearchDocument) => hit.id.startsWith('glossary#');

const fields = ['title', 'keywords', 'text'] as const;
const storeFields = ['url', 'place', 'title', 'text'] as const;

// Queries are analysed by analyzeQuery (stems, synonyms) before they reach MiniSearch, so its own
// query tokenizer passes each prepared term through untouched.
const options = {
  fields: [...fields],
  storeFields: [...storeFields],
  tokenize: (text: string) => contentWords(text).map((word) => word.text),
  processTerm: (term: string) => indexTerms(term),
  searchOptions: {
    tokenize: (term: string) => [term],
    processTerm: (term: string) => term,
    boostDocument: documentWeight,
  },
};

export function createIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(options);
  index.addAll(documents);
  return index;
}

export type SerializedIndex = ReturnType<MiniSearch<SearchDocument>['toJSON']>;

export function loadIndex(data: SerializedIndex): MiniSearch<SearchDocument> {
  return MiniSearch.loadJS<SearchDocument>(data, options);
}

// A typo in an English name still finds it (kubernets); fuzzy Hangul would match unrelated
// syllables, so only Latin terms of five letters or more are fuzzy.
const fuzzyFor = (term: string) => (!isHangul(term) && term.length >= 5 ? 0.2 : false);

function leaf(term: string, typed: boolean, weight: number): Query {
  // What the reader typed is matched by prefix (they may not have finished the word); a synonym
  // only when it is long enough not to begin unrelated words (풀 begins 풀다).
  return {
    queries: [term],
    prefix: typed || term.length >= 2,
    fuzzy: fuzzyFor(term),
    boost: { title: 4 * weight, keywords: 2 * weight, text: weight },
  };
}

function conceptQuery(concept: Concept): Query {
  return {
    combineWith: 'OR',
    queries: concept.alternatives.map((phrase) => {
      const typed = phrase === concept.typed;
      // The reader's own words count a little more than their translation.
      const weight = typed ? 1 : 0.8;
      if (phrase.length === 1) return leaf(phrase[0] ?? '', typed, weight);
      return { combineWith: 'AND', queries: phrase.map((term) => leaf(term, typed, weight)) };
    }),
  };
}

function toHit(result: SearchResult): SearchHit {
  return {
    id: String(result.id),
    url: result.url as string,
    place: result.place as string,
    title: result.title as string,
    keywords: '',
    text: result.text as string,
    score: result.score,
    terms: result.terms,
  };
}

/**
 * Every concept of the query must match (docker hub 공식 이미지 narrows, it does not widen); when
 * nothing has them all, the best partial matches are shown instead of nothing. Sections come
 * first and glossary entries after them: a short definition would otherwise outrank the section
 * that teaches the term, and the reader came to learn it.
 */
export function search(index: MiniSearch<SearchDocument>, query: string, synonyms: SynonymTable, limit = 20): SearchHit[] {
  const concepts = analyzeQuery(query, synonyms);
  if (concepts.length === 0) return [];
  const queries = concepts.map(conceptQuery);
  let results = index.search({ combineWith: 'AND', queries });
  if (results.length === 0 && concepts.length > 1) results = index.search({ combineWith: 'OR', queries });
  const hits = results.map(toHit);
  return [...hits.filter((hit) => !isGlossary(hit)), ...hits.filter(isGlossary)].slice(0, limit);
}
