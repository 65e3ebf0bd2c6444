import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chapterSlugs } from '@/content/manifest';
import { parseChapter } from '@/lib/content/prose';

// Every chapter, parsed once per test file.
export const chapters = chapterSlugs.map((slug) => {
  const file = path.posix.join('content', 'chapters', `${slug}.mdx`);
  const source = readFileSync(path.join(process.cwd(), file), 'utf8');
  return { slug, file, source, tree: parseChapter(source) };
});
