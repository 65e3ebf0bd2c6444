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
  /** The commands the section's shell blocks run (docker compose up), by name: shown there, so found there. */
  commands?: string;
  text: string;
  /** The names this document is where a reader learns (lib/search/taught.ts): phrases of query terms, separated by `taughtSeparator`. */
  taught?: string;
};

export const taughtSeparator = '|';

export type SearchHit = SearchDocument & { score: number; terms: readonly string[] };

// A chapter's opening (description and goals) and its 정리 mention everything the chapter covers,
// so they would outrank the section that explains a term; they still appear, lower.
function documentWeight(id: unknown): number {
  const [, section] = String(id).split('#');
  if (section === undefined) return 0.5;
  return section === 'summary' ? 0.4 : 1;
}

// A reader who types a name (스케줄러, Docker Engine, docker tag) came to learn it: the section that
// teaches it (lib/search/taught.ts) counts four times a mention. Only the whole query counts: the
// taught weight for one of several words would pull every `docker …` command towards the section
// that defines 도커.
const taughtWeight = 4;

/** The names a query asks for: each spelling of its one concept (파드, pod), or all its words as typed (docker tag). */
function askedPhrases(concepts: readonly Concept[]): string[][] {
  if (concepts.length === 1) return (concepts[0]?.alternatives ?? []).map((phrase) => [...phrase]);
  return [concepts.flatMap((concept) => concept.typed)];
}

// Word for word, the typed word begins the taught one (쿠버 while typing 쿠버네티스) or the other
// way round (스케줄러 for 스케줄러는). A one-word name is also taught to the word the index matched
// for it when that is no shorter than the typed one: a typo (dockerfiel) or a longer form finds the
// section that teaches the word, a shorter word inside it (name in uname) does not.
const sameWord = (typed: string, taught: string) => typed.startsWith(taught) || taught.startsWith(typed);

function teachesPhrase(taught: readonly string[], typed: readonly string[], matched: string): boolean {
  if (typed.length !== taught.length) return false;
  const [typedWord = '', taughtWord = ''] = [typed[0], taught[0]];
  if (typed.length === 1 && matched.length >= typedWord.length && matched.startsWith(taughtWord)) return true;
  return typed.every((word, at) => sameWord(word, taught[at] ?? ''));
}

function teaches(stored: Record<string, unknown> | undefined, asked: readonly string[][], matched: string): boolean {
  if (typeof stored?.taught !== 'string') return false;
  return stored.taught
    .split(taughtSeparator)
    .some((phrase) => asked.some((typed) => teachesPhrase(phrase.split(' '), typed, matched)));
}

const isGlossary = (hit: SearchDocument) => hit.id.startsWith('glossary#');

const fields = ['title', 'keywords', 'commands', 'text'] as const;
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
    boost: { title: 4 * weight, keywords: 2 * weight, commands: weight, text: weight },
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
  const asked = askedPhrases(concepts);
  const boostDocument = (id: unknown, matched: string, stored?: Record<string, unknown>) =>
    teaches(stored, asked, matched) ? taughtWeight : documentWeight(id);
  let results = index.search({ combineWith: 'AND', queries }, { boostDocument });
  if (results.length === 0 && concepts.length > 1) results = index.search({ combineWith: 'OR', queries }, { boostDocument });
  const hits = withPhraseWeight(results.map(toHit), query);
  const chapters = hits.filter((hit) => namesChapter(hit, concepts));
  const sections = hits.filter((hit) => !isGlossary(hit) && !chapters.includes(hit));
  return [...chapters, ...sections, ...hits.filter(isGlossary)].slice(0, limit);
}
