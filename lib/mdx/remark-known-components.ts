import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Options = { known: ReadonlySet<string> };

// Content never imports code: every capitalised tag must come from the component registry, and an
// unknown one fails the build here, naming the tag and line, instead of at render time.
export function remarkKnownComponents({ known }: Options) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'mdxjsEsm') {
        file.fail('MDX files must not import or export code; use a component from the registry', node);
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name;
      if (name === null || /^[a-z]/.test(name)) return;
      if (!known.has(name)) {
        file.fail(`<${name}> is not a registered component (known: ${[...known].join(', ') || 'none'})`, node);
      }
    });
  };
}
