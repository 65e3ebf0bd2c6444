import type { GlossaryEntry } from '../../content/glossary';
import type { SearchDocument } from './engine';
import { contentWords, indexTerms } from './tokenize';

// Build time only. A term is mentioned in many sections but taught in one: the reader who types it
// came to learn it. That section is found from the course's own words, not a hand-kept list:
// - a glossary term is taught where the chapter says what the glossary says: of the sections that
//   use the term, the one sharing the most words with its definition (ties go to the earlier one).
// The opening (goals) and 정리 repeat every term, so they never win a glossary term.

const termsOf = (text: string) => new Set(contentWords(text).flatMap((word) => indexTerms(word.text)));

const isSection = (doc: SearchDocument) =>
  doc.id.includes('#') && !doc.id.startsWith('glossary#') && !doc.id.endsWith('#summary');

function uses(section: ReadonlySet<string>, name: string): boolean {
  const words = [...termsOf(name)];
  return words.length > 0 && words.every((word) => section.has(word));
}

/** The section of `sections` that teaches `entry`, or undefined when no section uses it. */
export function homeOf(
  entry: GlossaryEntry,
  sections: readonly { id: string; terms: ReadonlySet<string> }[],
): string | undefined {
  const definition = [...termsOf(entry.definition.replaceAll('`', ' '))];
  let best: { id: string; shared: number } | undefined;
  for (const section of sections) {
    if (!uses(section.terms, entry.term) && !uses(section.terms, entry.english)) continue;
    const shared = definition.filter((word) => section.terms.has(word)).length;
    if (!best || shared > best.shared) best = { id: section.id, shared };
  }
  return best?.id;
}

/** The documents with `taught` filled in: the words each one is where a reader learns. */
export function withTaughtTerms(documents: readonly SearchDocument[], glossary: readonly GlossaryEntry[]): SearchDocument[] {
  const sections = documents.filter(isSection).map((doc) => ({ id: doc.id, terms: termsOf(`${doc.title} ${doc.text}`) }));
  const taught = new Map<string, string[]>();
  for (const entry of glossary) {
    const home = homeOf(entry, sections);
    if (home) taught.set(home, [...(taught.get(home) ?? []), entry.term, entry.english]);
  }
  return documents.map((doc) => {
    const words = taught.get(doc.id);
    return words ? { ...doc, taught: [...termsOf(words.join(' '))].join(' ') } : doc;
  });
}
