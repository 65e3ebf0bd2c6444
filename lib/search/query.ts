import { phraseKey, type Phrase, type SynonymTable } from './synonyms';
import { queryTerms } from './tokenize';

/** One thing the reader asked for, and every phrase that names it. */
export type Concept = { typed: Phrase; alternatives: readonly Phrase[] };

/**
 * Splits a query into concepts, matching the longest known phrase first so "가상 머신" is one
 * concept (with "virtual machine" and "vm") rather than two unrelated words.
 */
export function analyzeQuery(query: string, synonyms: SynonymTable): Concept[] {
  const terms = queryTerms(query);
  const concepts: Concept[] = [];
  let at = 0;
  while (at < terms.length) {
    let found: Concept | undefined;
    for (let length = Math.min(synonyms.longest, terms.length - at); length >= 1 && !found; length -= 1) {
      const phrase = terms.slice(at, at + length);
      const group = synonyms.groups.get(phraseKey(phrase));
      if (group) {
        const typed = group.find((candidate) => phraseKey(candidate) === phraseKey(phrase)) ?? phrase;
        found = { typed, alternatives: group };
        at += length;
      }
    }
    if (!found) {
      const typed = [terms[at] ?? ''];
      found = { typed, alternatives: [typed] };
      at += 1;
    }
    concepts.push(found);
  }
  return concepts;
}
