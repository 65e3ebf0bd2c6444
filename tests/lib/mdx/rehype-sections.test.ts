import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeSections } from '@/lib/mdx/rehype-sections';

const element = (tagName: string, text = ''): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: text ? [{ type: 'text', value: text }] : [],
});
const quiz: RootContent = { type: 'mdxJsxFlowElement', name: 'Quiz', attributes: [], children: [] };
const esm: RootContent = { type: 'mdxjsEsm', value: 'export const frontmatter = {}' };

const run = (children: RootContent[]) => {
  const tree: Root = { type: 'root', children };
  rehypeSections({ eager: ['Quiz'] })(tree);
  return tree.children;
};
const shape = (nodes: RootContent[]): unknown[] =>
  nodes.map((node) =>
    node.type === 'element'
      ? node.tagName === 'section'
        ? { section: shape(node.children as RootContent[]), eager: 'dataEager' in node.properties }
        : node.tagName
      : node.type,
  );

describe('rehypeSections', () => {
  it('wraps each h2 with what follows it up to the next h2, leaving what comes before alone', () => {
    const tree = run([
      element('p', '들어가며'),
      element('h2', '하나'),
      element('p'),
      element('h3'),
      element('h2', '둘'),
      element('pre'),
    ]);
    expect(shape(tree)).toEqual(['p', { section: ['h2', 'p', 'h3'], eager: false }, { section: ['h2', 'pre'], eager: false }]);
  });

  it('marks the section holding the quiz, however deep, to be laid out at once', () => {
    const wrapper: Element = { ...element('div'), children: [quiz as unknown as Element] };
    expect(shape(run([element('h2'), element('p'), element('h2'), wrapper]))).toEqual([
      { section: ['h2', 'p'], eager: false },
      { section: ['h2', 'div'], eager: true },
    ]);
  });

  it('keeps ESM at the top level of the module', () => {
    expect(shape(run([element('h2'), element('p'), esm, element('p')]))).toEqual([
      { section: ['h2', 'p', 'p'], eager: false },
      'mdxjsEsm',
    ]);
  });
});
