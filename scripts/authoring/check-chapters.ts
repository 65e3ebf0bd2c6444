// Compiles and checks every chapter through the real MDX pipeline (the same checks `next build`
// runs) and prints the first error, if any: `npx tsx scripts/authoring/check-chapters.ts`.
// Faster than a full build while writing.
import { componentProps } from '../../components/mdx/component-props';
import { chapterSlugs } from '../../content/manifest';
import { loadChapter } from '../../lib/content/chapters';

for (const slug of chapterSlugs) {
  try {
    const chapter = await loadChapter(slug, componentProps);
    console.log(`ok  ${slug}: ${chapter.toc.map((entry) => entry.id).join(', ')}`);
  } catch (error) {
    console.log(`ERR ${slug}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
