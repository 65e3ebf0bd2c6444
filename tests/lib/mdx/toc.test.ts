import { describe, expect, it } from 'vitest';
import { buildToc } from '@/lib/mdx/toc';

describe('buildToc', () => {
  it('nests each h3 under the h2 before it', () => {
    expect(
      buildToc([
        { depth: 2, id: 'a', text: '가' },
        { depth: 3, id: 'a-1', text: '가-1' },
        { depth: 3, id: 'a-2', text: '가-2' },
        { depth: 2, id: 'b', text: '나' },
      ]),
    ).toEqual([
      {
        depth: 2,
        id: 'a',
        text: '가',
        children: [
          { depth: 3, id: 'a-1', text: '가-1' },
          { depth: 3, id: 'a-2', text: '가-2' },
        ],
      },
      { depth: 2, id: 'b', text: '나', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, id: 'lead', text: '머리' }])).toEqual([{ depth: 3, id: 'lead', text: '머리', children: [] }]);
  });
});
