import type { GlossaryEntry } from '@/content/glossary';

// What the popover beside a glossary link shows. Written once at build time as a small JSON file
// (app/glossary-definitions.json/route.ts) and fetched the first time a reader reaches for a term,
// so no chapter's HTML or RSC payload carries the definitions (43 of them on /learn/kubernetes).
// The service worker precaches it with every other .json file in the export.
export const glossaryDefinitionsPath = '/glossary-definitions.json';

export type GlossaryDefinition = Pick<GlossaryEntry, 'term' | 'english' | 'definition'>;
export type GlossaryDefinitions = ReadonlyMap<string, GlossaryDefinition>;

export type GlossaryDefinitionsFile = Record<string, GlossaryDefinition>;

export function toDefinitionsFile(entries: readonly GlossaryEntry[]): GlossaryDefinitionsFile {
  return Object.fromEntries(entries.map(({ id, term, english, definition }) => [id, { term, english, definition }]));
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * Reads the fetched file without trusting it: an old cached copy or a cut-off response may hold
 * anything. Entries that are not a term with a definition are left out; their links simply go to
 * the glossary as they do without JavaScript.
 */
export function readDefinitionsFile(data: unknown): GlossaryDefinitions {
  const definitions = new Map<string, GlossaryDefinition>();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return definitions;
  for (const [id, value] of Object.entries(data)) {
    if (typeof value !== 'object' || value === null) continue;
    const { term, english, definition } = value as Record<string, unknown>;
    if (isText(term) && isText(definition)) definitions.set(id, { term, english: isText(english) ? english : term, definition });
  }
  return definitions;
}

let loading: Promise<GlossaryDefinitions> | undefined;

/** Downloads the definitions once per page; a failed attempt is forgotten so the next reach retries. */
export function loadDefinitions(): Promise<GlossaryDefinitions> {
  loading ??= fetch(glossaryDefinitionsPath)
    .then((response) => {
      if (!response.ok) throw new Error(`glossary definitions: HTTP ${response.status}`);
      return response.json();
    })
    .then(readDefinitionsFile)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
