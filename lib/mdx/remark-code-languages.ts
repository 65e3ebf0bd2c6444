import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Options = { languages: readonly string[] };

// Shiki silently leaves a block with an unknown language unhighlighted; a typo in a fence should
// fail the build instead.
export function remarkCodeLanguages({ languages }: Options) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang && languages.includes(node.lang)) return;
      const found = node.lang ? `"${node.lang}"` : 'no language';
      file.fail(`code block has ${found}; use one of: ${languages.join(', ')}`, node);
    });
  };
}
