// Hangul syllables (U+AC00–U+D7A3) in each chapter's prose, against the bound the build enforces:
// `npx tsx scripts/authoring/count-hangul.ts`.
import { componentProps } from '../../components/mdx/component-props';
import { chapterLength } from '../../lib/content/chapter-length';
import { loadChapters } from '../../lib/content/chapters';
import { countHangul } from '../../lib/content/prose';

console.log(`bound: ${chapterLength.min}–${chapterLength.max}`);
for (const chapter of await loadChapters(componentProps)) {
  console.log(`${chapter.slug}\t${countHangul(chapter.model.prose)}`);
}
