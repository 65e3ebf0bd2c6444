import { describe, expect, it } from 'vitest';
import { glossary, glossaryMatches } from '@/content/glossary';
import { chapters } from './chapter-files';

// EDITORIAL.md: "English goes in parentheses only at a term's first use on a page", and 파드 never
// gets its English at all. Checked for every glossary term, in reading order (learning goals included).

// Terms the chapters gloss that are not glossary entries.
const more = [
  { id: 'linux', term: '리눅스', english: 'Linux' },
  { id: 'open-source', term: '오픈 소스', english: 'open source' },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('English in parentheses', () => {
  for (const chapter of chapters) {
    it(`appears only at the first use of a term in ${chapter.file}`, () => {
      const prose = chapter.model.prose
        .map((block) => block.text)
        .join('\n');
      const problems: string[] = [];
      const entries = [
        ...glossary.map((entry) => ({ id: entry.id, english: entry.english, forms: glossaryMatches(entry) })),
        ...more.map((entry) => ({ id: entry.id, english: entry.english, forms: [entry.term] })),
      ];
      for (const entry of entries) {
        for (const term of entry.forms) {
          const gloss = new RegExp(`(?<![\\p{L}])${escape(term)}\\(${escape(entry.english)}\\)`, 'giu');
          const glossed = [...prose.matchAll(gloss)];
          if (glossed.length === 0) continue;
          if (entry.id === 'pod') problems.push(`파드 is written with its English`);
          if (glossed.length > 1) problems.push(`${term}(${entry.english}) appears ${glossed.length} times`);
          const first = new RegExp(`(?<![\\p{L}])${escape(term)}`, 'u').exec(prose);
          if (first && first.index !== glossed[0]?.index) {
            problems.push(`${term}: first used without English: “…${prose.slice(Math.max(0, first.index - 15), first.index + 15)}…”`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
