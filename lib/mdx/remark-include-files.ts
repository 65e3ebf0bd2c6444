import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Options = {
  root: string;
  /** Files a chapter may show: exact paths ("Dockerfile") or folders ("deploy/**"), from the root. */
  allowed: readonly string[];
};

const includeMeta = /(?:^|\s)include="([^"]*)"/;

function isAllowed(included: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => (pattern.endsWith('/**') ? included.startsWith(pattern.slice(0, -2)) : included === pattern));
}

// Why an include is refused, or undefined. Whatever an include names is published in the page, so
// only files on the allow-list qualify: never a dotfile (.env.local), never outside the project,
// never through a symbolic link that leads elsewhere.
function refusal(included: string, root: string, allowed: readonly string[]): string | undefined {
  const segments = included.split('/');
  if (path.isAbsolute(included) || included.includes('\\')) return 'must be a path from the project root, written with /';
  if (segments.some((segment) => segment.startsWith('.'))) return 'must not name a dotfile or a dot folder, or leave the project';
  if (!isAllowed(included, allowed))
    return `is not on the list of files a chapter may show (${allowed.join(', ')}; lib/mdx/compile.ts)`;
  const target = path.join(root, included);
  if (!existsSync(target) || !statSync(target).isFile()) return 'no such file';
  if (!realpathSync(target).startsWith(realpathSync(root) + path.sep)) return 'leads outside the project through a symbolic link';
  return undefined;
}

// ```dockerfile include="Dockerfile"``` shows a file of this repository, read at build time, so
// the chapters' "이 사이트는 이렇게 배포됩니다" examples can never drift from the files that deploy it.
// The block itself must be empty; the file's path becomes its title.
export function remarkIncludeFiles({ root, allowed }: Options) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code) => {
      const included = includeMeta.exec(node.meta ?? '')?.[1];
      if (included === undefined) return;
      const refused = refusal(included, root, allowed);
      if (refused) file.fail(`include="${included}": ${refused}`, node);
      if (node.value.trim() !== '')
        file.fail(`include="${included}": leave the code block empty; its text comes from the file`, node);
      node.value = readFileSync(path.join(root, included), 'utf8').trimEnd();
      node.meta = `title="${included}"`;
    });
  };
}
