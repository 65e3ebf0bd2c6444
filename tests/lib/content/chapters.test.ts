import { describe, expect, it } from 'vitest';
import { chapterSlugs } from '@/content/manifest';
import { componentProps } from '@/components/mdx/component-props';
import { getChapterMetas, loadChapter } from '@/lib/content/chapters';
import { isValidHeadingId } from '@/lib/mdx/heading-id';

describe('the real chapters', () => {
  it('follow the manifest order with valid frontmatter', async () => {
    const metas = await getChapterMetas();
    expect(metas.map((meta) => meta.slug)).toEqual([...chapterSlugs]);
    expect(metas.map((meta) => meta.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each(chapterSlugs)('%s compiles, and every h2/h3 has a unique ASCII id', async (slug) => {
    const chapter = await loadChapter(slug, componentProps);
    expect(chapter.code.length).toBeGreaterThan(0);
    const ids = chapter.toc.flatMap((entry) => [entry.id, ...entry.children.map((child) => child.id)]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isValidHeadingId(id), id).toBe(true);
    // The first chapter asked for compiles all of them: links are checked across chapters.
  }, 60_000);
});
