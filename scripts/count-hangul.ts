// Hangul syllables (U+AC00–U+D7A3) in each chapter's prose: `npx tsx scripts/count-hangul.ts`.
import { readFileSync } from 'node:fs';
import { chapterSlugs } from '../content/manifest';
import { countHangul, extractProse, parseChapter } from '../lib/content/prose';

for (const slug of chapterSlugs) {
  const source = readFileSync(`content/chapters/${slug}.mdx`, 'utf8');
  console.log(`${slug}\t${countHangul(extractProse(parseChapter(source)))}`);
}
