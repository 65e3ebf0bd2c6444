import type { Heading as MdastHeading, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isValidHeadingId, parseHeadingIdComment } from './heading-id';
// Moves `{/*id*/}` from the heading text into `data.hProperties.id`, and fails on a missing,
// non-ASCII or duplicate id so a broken link can never ship.
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    visit(tree, 'heading', (node: MdastHeading) => {
      if (node.depth !== 2 && node.depth !== 3) return;
      const last = node.children.at(-1);
      const id = last?.type === 'mdxTextExpression' ? parseHeadingIdComment(last.value) : undefined;
      const label = toString(node).trim();
      if (id === undefined) {
        file.fail(`heading "${label}" has no id: write it as \`## ${label} {/*ascii-id*/}\``, node);
      }
      if (!isValidHeadingId(id)) {
        file.fail(`heading id "${id}" must be lowercase ASCII words joined by hyphens`, node);
      }
      if (seen.has(id)) file.fail(`heading id "${id}" is used twice`, node);
      seen.add(id);

      node.children.pop();
      const text = node.children.at(-1);
      if (text?.type === 'text') text.value = text.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    });
  };
}
