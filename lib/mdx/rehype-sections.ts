import type { Element, ElementContent, Root, RootContent } from 'hast';
import type {} from 'mdast-util-mdx';

/**
 * Wraps each h2 and what follows it, up to the next h2, in a `<section data-section>`. A long
 * chapter is laid out section by section as the reader nears it (`content-visibility` in
 * globals.css): laying out the whole of a 25,000-pixel chapter before the first paint was most of
 * the page's main-thread time. A section holding one of `eager` (the quiz) is marked
 * `data-eager` and always laid out: axe's target-size check cannot see the space around radios
 * that are not laid out.
 */
export function rehypeSections({ eager }: { eager: readonly string[] }) {
  const isEager = (node: RootContent | ElementContent): boolean =>
    (node.type === 'mdxJsxFlowElement' && eager.includes(node.name ?? '')) ||
    ('children' in node && (node.children as (RootContent | ElementContent)[]).some(isEager));

  return (tree: Root) => {
    const children: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      // ESM (the frontmatter's export) must stay at the top level of the module.
      if (node.type === 'mdxjsEsm' || node.type === 'doctype') {
        children.push(node);
        continue;
      }
      if (node.type === 'element' && node.tagName === 'h2') {
        section = { type: 'element', tagName: 'section', properties: { dataSection: '' }, children: [] };
        children.push(section);
      }
      if (section) section.children.push(node as ElementContent);
      else children.push(node);
    }
    for (const node of children) {
      if (node.type === 'element' && node.tagName === 'section' && 'dataSection' in node.properties && isEager(node)) {
        node.properties.dataEager = '';
      }
    }
    tree.children = children;
  };
}
