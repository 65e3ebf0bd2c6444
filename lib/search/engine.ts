import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { analyzeQuery, type Concept } from './query';
import type { SynonymTable } from './synonyms';
import { contentWords, indexTerms, isHangul, normalize } from './tokenize';

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
  /** The words this document is where a reader learns (lib/search/taught.ts), space-separated. */
  taught?: string;
};

export type SearchHit = SearchDocument & { score: number; terms: readonly string[] };

// A chapter's opening (description and goals) and its 정리 mention everything the chapter covers,
// so they would outrank the section that explains a term; they still appear, lower.
function documentWeight(id: unknown): number {
  const [, section] = String(id).split('#');
  if (section === undefined) return 0.5;
  return section === 'summary' ? 0.4 : 1;
}

// A reader who types one term (스케줄러, 커널) came to learn it: the section that teaches it
// (lib/search/taught.ts) counts four times a mention. Several terms narrow by themselves, and
// the taught weight would pull every `docker …` command towards the section that defines 도커.
const taughtWeight = 4;

function taughtDocumentWeight(id: unknown, term: string, stored?: Record<string, unknown>): number {
  // The term may be a longer word the typed one begins (스케줄러는 for 스케줄러).
  const taught = typeof stored?.taught === 'string' && stored.taught.split(' ').some((word) => term.startsWith(word));
  return taught ? taughtWeight : documentWeight(id);
}

const isGlossary = (hit: SearchDocument) => hit.id.startsWith('glossary#');

const fields = ['title', 'keywords', 'text'] as const;
const storeFields = ['url', 'place', 'title', 'text', 'taught'] as const;

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

// A typo in an English name still finds it (kubenetes); fuzzy Hangul would match unrelated
// syllables, so only Latin terms of five letters or more are fuzzy (one wrong letter, two in ten).
const fuzzyFor = (term: string) => (!isHangul(term) && term.length >= 5 ? 0.2 : false);

function leaf(term: string, typed: boolean, weight: number): Query {
  // What the reader typed is matched by prefix (they may not have finished the word), except a
  // lone Latin letter (the v of Hyper-V would begin every v-word); a synonym only when it is long
  // enough not to begin unrelated words (풀 begins 풀다).
  return {
    queries: [term],
    prefix: term.length >= 2 || (typed && isHangul(term)),
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

// Words typed together (docker ps, Hyper-V, 공식 이미지) that the text holds together, in that
// order, are what the reader meant more surely than the same words scattered over a section.
const phraseWeight = 3;
const squashed = (text: string) =>
  normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function withPhraseWeight(hits: SearchHit[], query: string): SearchHit[] {
  const phrase = squashed(query);
  if (!phrase.includes(' ')) return hits;
  const holds = (hit: SearchHit) => ` ${squashed(`${hit.title} ${hit.text}`)} `.includes(` ${phrase}`);
  return hits.map((hit) => (holds(hit) ? { ...hit, score: hit.score * phraseWeight } : hit)).sort((a, b) => b.score - a.score);
}

// A query that a chapter's title names (도커, 컨테이너, Docker Hub) is that chapter's subject: the
// reader lands on the chapter, above every section that uses the word.
function namesChapter(hit: SearchHit, concepts: readonly Concept[]): boolean {
  if (hit.id.includes('#')) return false;
  const title = new Set(contentWords(hit.title).flatMap((word) => indexTerms(word.text)));
  return concepts.every((concept) => concept.alternatives.some((phrase) => phrase.every((term) => title.has(term))));
}

/**
 * Every concept of the query must match (docker hub 공식 이미지 narrows, it does not widen); when
 * nothing has them all, the best partial matches are shown instead of nothing. A chapter the
 * query names comes first, then sections, then glossary entries: a short definition would
 * otherwise outrank the section that teaches the term, and the reader came to learn it.
 */
export function search(index: MiniSearch<SearchDocument>, query: string, synonyms: SynonymTable, limit = 20): SearchHit[] {
  const concepts = analyzeQuery(query, synonyms);
  if (concepts.length === 0) return [];
  const queries = concepts.map(conceptQuery);
  const boostDocument = concepts.length === 1 ? taughtDocumentWeight : documentWeight;
  let results = index.search({ combineWith: 'AND', queries }, { boostDocument });
  if (results.length === 0 && concepts.length > 1) results = index.search({ combineWith: 'OR', queries }, { boostDocument });
  const hits = withPhraseWeight(results.map(toHit), query);
  const chapters = hits.filter((hit) => namesChapter(hit, concepts));
  const sections = hits.filter((hit) => !isGlossary(hit) && !chapters.includes(hit));
  return [...chapters, ...sections, ...hits.filter(isGlossary)].slice(0, limit);
}
