import { convertQwertyToHangul, disassemble, getChoseong } from 'es-hangul';
import type MiniSearch from 'minisearch';
import { search, type SearchDocument, type SearchHit } from './engine';
import type { SynonymTable } from './synonyms';
import { editDistance } from '../edit-distance';

// What a reader types is not always what they meant. In order, the search tries:
// 1. 초성 only (ㄷㅋ): the course's names whose initial consonants these are;
// 2. the query as typed, one wrong letter allowed in long Latin words (kubenetes);
// 3. the keyboard left in English (ehzj is 도커 typed on 두벌식 keys), when the typed query finds nothing;
// 4. two letters swapped in a Latin word (dokcer for docker), which edit distance counts as two;
// and when all of them find nothing, the names closest to the query, as suggestions.

export type Found = {
  hits: SearchHit[];
  /** What was searched instead of the query, shown to the reader ("‘도커’로 찾았습니다"). */
  searchedFor?: string;
  /** When nothing was found: glossary names to try instead. */
  suggestions: string[];
};

export type Searchable = { index: MiniSearch<SearchDocument>; synonyms: SynonymTable; names: readonly string[] };

const choseongOnly = /^[ㄱ-ㅎ]{2,}$/u;
const completeHangul = /^[\uac00-\ud7a3\s]+$/u;
const latinOnly = /^[a-z\s]+$/iu;

// Not NFKC (normalize): it would turn the jamo ㄷ into its conjoining form.
const squeeze = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, '');

/** The course's names whose 초성 are the query (ㄷㅋ → 도커), exact ones before longer ones. */
export function namesForChoseong(query: string, names: readonly string[]): string[] {
  const typed = squeeze(query);
  if (!choseongOnly.test(typed)) return [];
  const withChoseong = names.map((name) => ({ name, choseong: getChoseong(squeeze(name)) }));
  const exact = withChoseong.filter((entry) => entry.choseong === typed);
  const longer = withChoseong.filter((entry) => entry.choseong !== typed && entry.choseong.startsWith(typed));
  return [...exact, ...longer].map((entry) => entry.name);
}

/** The query as Hangul when it was typed on QWERTY keys in the 두벌식 layout and makes whole syllables. */
export function fromQwerty(query: string): string | undefined {
  const typed = query.trim();
  if (!latinOnly.test(typed)) return undefined;
  const converted = typed.split(/\s+/).map(convertQwertyToHangul).join(' ');
  return completeHangul.test(converted) ? converted : undefined;
}

/** The query with two neighbouring letters of one long Latin word swapped, every way (dokcer → docker, …). */
export function swappedLetters(query: string): string[] {
  const words = query.trim().split(/\s+/);
  const variants: string[] = [];
  words.forEach((word, at) => {
    if (!/^[a-z]{5,}$/iu.test(word)) return;
    for (let i = 0; i + 1 < word.length; i += 1) {
      if (word[i] === word[i + 1]) continue;
      const swapped = word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
      variants.push([...words.slice(0, at), swapped, ...words.slice(at + 1)].join(' '));
    }
  });
  return variants;
}

/** The names closest to the query, letter by letter (Hangul compared by its jamo, so 도카 is near 도커). */
export function closestNames(query: string, names: readonly string[], count = 3): string[] {
  const typed = disassemble(squeeze(query));
  return names
    .map((name, order) => ({ name, order, far: editDistance(typed, disassemble(squeeze(name))) }))
    .sort((a, b) => a.far - b.far || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.name);
}

export function find({ index, synonyms, names }: Searchable, query: string, limit: number): Found {
  const run = (text: string) => search(index, text, synonyms, limit);
  for (const name of namesForChoseong(query, names)) {
    const hits = run(name);
    if (hits.length > 0) return { hits, searchedFor: name, suggestions: [] };
  }
  const typed = run(query);
  if (typed.length > 0) return { hits: typed, suggestions: [] };
  const converted = fromQwerty(query);
  const hangul = converted === undefined ? [] : run(converted);
  if (converted !== undefined && hangul.length > 0) return { hits: hangul, searchedFor: converted, suggestions: [] };
  // The variant whose best match is strongest is the word the reader meant.
  const swapped = swappedLetters(query)
    .map((variant) => ({ variant, hits: run(variant) }))
    .filter((entry) => entry.hits.length > 0)
    .sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0))[0];
  if (swapped) return { hits: swapped.hits, searchedFor: swapped.variant, suggestions: [] };
  return { hits: [], suggestions: closestNames(query, names) };
}
