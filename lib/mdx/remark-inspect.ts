import type { Root } from 'mdast';

type Options = { inspect: (tree: Root) => void };

// Hands the syntax tree to the caller at this point of the pipeline, so everything the build needs
// to know about a chapter is read from the one parse that also renders it.
export function remarkInspect({ inspect }: Options) {
  return (tree: Root) => {
    inspect(tree);
  };
}
