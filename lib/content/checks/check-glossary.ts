import type { GlossaryEntry } from '../../../content/glossary';
import { isValidHeadingId } from '../../mdx/heading-id';
import { ContentError } from '../content-error';

// The glossary is data, not MDX, but it is content all the same: an entry with nothing to say, or
// two entries under one id (one /glossary#id anchor, one link target), fail the build by name.

/** Line of the n-th entry written with this id in the glossary's source (1-based), if found. */
function lineOfEntry(source: string, id: string, occurrence: number): number | undefined {
  const pattern = new RegExp(`\\bid:\\s*(['"])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g');
  const match = [...source.matchAll(pattern)][occurrence];
  return match?.index === undefined ? undefined : source.slice(0, match.index).split('\n').length;
}

export function checkGlossary(entries: readonly GlossaryEntry[], file: string, source: string): ContentError[] {
  const problems: ContentError[] = [];
  const seen = new Map<string, number>();
  const terms = new Map<string, string>();
  for (const entry of entries) {
    const occurrence = seen.get(entry.id) ?? 0;
    seen.set(entry.id, occurrence + 1);
    const line = lineOfEntry(source, entry.id, occurrence);
    const problem = (field: string, reason: string) => problems.push(new ContentError(file, line, `${entry.id}.${field}`, reason));

    if (occurrence > 0) problem('id', `"${entry.id}" is used by an earlier entry (line ${lineOfEntry(source, entry.id, 0) ?? '?'}); ids are /glossary#id anchors and must be unique`);
    if (!isValidHeadingId(entry.id)) problem('id', 'must be lowercase ASCII words joined by hyphens');
    for (const field of ['term', 'english', 'definition'] as const) {
      if (entry[field].trim() === '') problem(field, 'must not be empty');
    }
    const other = terms.get(entry.term);
    if (other !== undefined && entry.term.trim() !== '') problem('term', `"${entry.term}" is already the term of "${other}"`);
    terms.set(entry.term, entry.id);
  }
  return problems;
}
