import { describe, expect, it } from 'vitest';
import { checkManifest, getNeighbours } from '@/lib/content/chapters';

describe('checkManifest', () => {
  it('accepts a manifest and a folder that agree', () => {
    expect(() => checkManifest(['a', 'b'], ['b.mdx', 'a.mdx'])).not.toThrow();
  });

  it('names a manifest entry that has no file', () => {
    expect(() => checkManifest(['a', 'gone'], ['a.mdx'])).toThrow(
      'content/manifest.ts: no file for "gone" (expected content/chapters/gone.mdx)',
    );
  });

  it('names a chapter file missing from the manifest', () => {
    expect(() => checkManifest(['a'], ['a.mdx', 'orphan.mdx', 'notes.txt'])).toThrow(
      'content/chapters/orphan.mdx: not listed in content/manifest.ts: add "orphan" to chapterSlugs',
    );
  });
});

describe('getNeighbours', () => {
  const items = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('gives %s its previous and next chapter', (slug, previous, next) => {
    const result = getNeighbours(items, slug);
    expect(result.previous?.slug).toBe(previous);
    expect(result.next?.slug).toBe(next);
  });
});
