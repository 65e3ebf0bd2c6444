import type { GlossaryEntry } from '../../content/glossary';
import { taughtSeparator, type SearchDocument } from './engine';
import { contentWords, indexTerms, queryTerms } from './tokenize';

// Build time only. A name is mentioned in many sections but taught in one: the reader who types it
// came to learn it. That section is found from the course's own words, not a hand-kept list:
// - a glossary term is taught where the course first defines it: the first section, in course
//   order, with a sentence that says what the term is (파드는 …단위입니다, Pending은 …뜻이고) or
//   names it (… 레지스트리라고 합니다). A term no sentence defines is taught, of the sections that use it,
//   where the chapter says what the glossary says: the one sharing the most words with its
//   definition (ties go to the earlier one). The commands its definition quotes (`docker compose
//   up` for Docker Compose) are taught in the same section, wherever else they are mentioned.
// - a name in Latin letters that is no glossary term (docker tag, STATUS) is taught where a
//   sentence first opens with it as its topic (docker tag는 이미지를 복사하지 않습니다).
// The opening (goals) and 정리 repeat every term, so they never teach one.

/** A name as the query terms that search for it (Docker Engine → docker engine), words joined by a space. */
export const phraseOf = (name: string) => queryTerms(name).join(' ');

const termsOf = (text: string) => new Set(contentWords(text).flatMap((word) => indexTerms(word.text)));

const isSection = (doc: SearchDocument) =>
  doc.id.includes('#') && !doc.id.startsWith('glossary#') && !doc.id.endsWith('#summary');

type Section = { id: string; text: string; terms: ReadonlySet<string> };

function uses(section: ReadonlySet<string>, name: string): boolean {
  const words = [...termsOf(name)];
  return words.length > 0 && words.every((word) => section.has(word));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Where a sentence opens: the section's start, or after a full stop, question mark or colon.
const opening = '(?:^|[.?!:]\\s+)';
// A name may carry its other spelling in brackets: 의도한 상태(desired state)라고 합니다.
const aside = '(?:\\s?\\([^)]*\\))?';

/**
 * Whether `text` defines `name`: a sentence opens with it as its topic and says what it is, its
 * first clause ending in the copula (Dockerfile은 레시피입니다, Pending은 …뜻이고), or it is named
 * (… 레지스트리라고 합니다). A sentence that opens with the name to say something else about it
 * (Dockerfile은 GitHub에 공개되어 있습니다) only uses it.
 */
export function defines(text: string, name: string): boolean {
  const written = escape(name);
  const topic = new RegExp(`${opening}${written}${aside}(?:은|는|이란|란)\\s[^.?!]*?(?:입니다|이고|이며|이어서|여서)[.,]`, 'iu');
  const naming = new RegExp(`${written}${aside}(?:이라고|라고)\\s(?:합니다|부릅니다)`, 'iu');
  return topic.test(text) || naming.test(text);
}

// A topic written in Latin letters: a command (kubectl get pods는), a product (Docker Engine은) or a
// status (STATUS는), up to four words.
const latinTopic = new RegExp(`${opening}((?:[A-Za-z][\\w.-]*\\s){0,3}[A-Za-z][\\w.-]*)(?:은|는)\\s`, 'gu');

/** The Latin names `text` defines as the topic of a sentence. */
export function latinTopics(text: string): string[] {
  return [...text.matchAll(latinTopic)].flatMap((match) => match[1] ?? []);
}

/** The section of `sections` that teaches `entry`, or undefined when no section uses it. */
export function homeOf(entry: GlossaryEntry, sections: readonly Section[]): string | undefined {
  const defining = sections.find((section) => defines(section.text, entry.term) || defines(section.text, entry.english));
  if (defining) return defining.id;
  const definition = [...termsOf(entry.definition.replaceAll('`', ' '))];
  let best: { id: string; shared: number } | undefined;
  for (const section of sections) {
    if (!uses(section.terms, entry.term) && !uses(section.terms, entry.english)) continue;
    const shared = definition.filter((word) => section.terms.has(word)).length;
    if (!best || shared > best.shared) best = { id: section.id, shared };
  }
  return best?.id;
}

// The commands a definition quotes: `docker compose up`, `kubectl rollout undo`.
function quotedCommands(definition: string): string[] {
  return [...definition.matchAll(/`((?:docker|kubectl) [^`]+)`/g)].flatMap((match) => match[1] ?? []);
}

/** The documents with `taught` filled in: the phrases each one is where a reader learns. */
export function withTaughtTerms(documents: readonly SearchDocument[], glossary: readonly GlossaryEntry[]): SearchDocument[] {
  const sections = documents
    .filter(isSection)
    .map((doc) => ({ id: doc.id, text: doc.text, terms: termsOf(`${doc.title} ${doc.text}`) }));
  const homes = new Map<string, string>();
  const teach = (phrase: string, id: string) => {
    if (phrase.length > 0 && !homes.has(phrase)) homes.set(phrase, id);
  };
  for (const entry of glossary) {
    const home = homeOf(entry, sections);
    if (!home) continue;
    for (const name of [entry.term, entry.english, ...quotedCommands(entry.definition)]) teach(phraseOf(name), home);
  }
  for (const section of sections) for (const name of latinTopics(section.text)) teach(phraseOf(name), section.id);

  const taught = new Map<string, string[]>();
  for (const [phrase, id] of homes) taught.set(id, [...(taught.get(id) ?? []), phrase]);
  return documents.map((doc) => {
    const phrases = taught.get(doc.id);
    return phrases ? { ...doc, taught: phrases.join(taughtSeparator) } : doc;
  });
}
