import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Options = { root: string };

const includeMeta = /(?:^|\s)include="([^"]+)"/;

// ```dockerfile include="Dockerfile"``` shows a file of this repository, read at build time, so
// the chapters' "이 사이트는 이렇게 배포됩니다" examples can never drift from the files that deploy it.
// The block itself must be empty; the file's path becomes its title.
export function remarkIncludeFiles({ root }: Options) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code) => {
      const included = includeMeta.exec(node.meta ?? '')?.[1];
      if (included === undefined) return;
      const target = path.resolve(root, included);
      if (!target.startsWith(root + path.sep) || included.split('/').includes('node_modules')) {
        file.fail(`include="${included}" must name a file inside the project`, node);
      }
      if (!existsSync(target)) file.fail(`include="${included}": no such file`, node);
      if (node.value.trim() !== '') file.fail(`include="${included}": leave the code block empty; its text comes from the file`, node);
      node.value = readFileSync(target, 'utf8').trimEnd();
      node.meta = `title="${included}"`;
    });
  };
}
