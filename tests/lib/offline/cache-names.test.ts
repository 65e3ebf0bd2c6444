import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outdatedCaches, runtimeCaches } from '@/lib/offline/cache-names';

describe('outdatedCaches', () => {
  it("deletes another build's runtime caches, whatever they held, and keeps this build's", () => {
    const old = runtimeCaches('aaaaaaaaaaaa');
    const current = runtimeCaches('bbbbbbbbbbbb');
    const names = [old.assets, current.assets, 'baeumteo-runtime-pages-aaaaaaaaaaaa'];
    expect(outdatedCaches(names, 'bbbbbbbbbbbb')).toEqual([old.assets, 'baeumteo-runtime-pages-aaaaaaaaaaaa']);
  });

  it("never deletes Serwist's precache or a cache that is not the worker's", () => {
    const names = ['baeumteo-precache-v2-http://localhost:3000/', 'someone-else', 'baeumteo-runtime'];
    expect(outdatedCaches(names, 'bbbbbbbbbbbb')).toEqual([]);
  });

  it("keeps exactly this build's caches among any others", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.stringMatching(/^[0-9a-f]{12}$/), (others, build) => {
        const current = Object.values(runtimeCaches(build));
        const outdated = outdatedCaches([...others, ...current], build);
        expect(outdated.some((name) => current.includes(name))).toBe(false);
        expect(outdated.every((name) => name.startsWith('baeumteo-runtime-'))).toBe(true);
      }),
    );
  });
});
