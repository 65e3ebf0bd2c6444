// Lists the words the spell check would reject, most frequent first, to help review the word
// list: `npx tsx scripts/authoring/spelling-report.ts`. Never add a word without checking it is right.
import { readFileSync } from 'node:fs';
import { componentProps } from '../../components/mdx/component-props';
import { loadChapters } from '../../lib/content/chapters';
import { hunspellRejects } from '../../lib/spelling/hunspell';
import { proseWords } from '../../lib/spelling/words';

const list = readFileSync('content/spelling-wordlist.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const personal = list.filter((l) => /[\uac00-\ud7a3]/.test(l));
const english = new Set(list.filter((l) => !/[\uac00-\ud7a3]/.test(l)));
const korean = new Map<string, string[]>();
const latin = new Map<string, string[]>();
const add = (map: Map<string, string[]>, word: string, where: string) => map.set(word, [...(map.get(word) ?? []), where]);

for (const chapter of await loadChapters(componentProps)) {
  const words = proseWords(chapter.file, chapter.model.prose);
  for (const use of words.korean) add(korean, use.word, use.where);
  for (const use of words.latin) if (!english.has(use.word)) add(latin, use.word, use.where);
}
const rejected = hunspellRejects([...korean.keys()], personal);
console.log('KOREAN', rejected.length);
for (const w of rejected) console.log(`  ${w}\t${korean.get(w)?.slice(0, 3).join(' ')}`);
console.log('LATIN', latin.size);
console.log([...latin.keys()].sort().join(' '));
