import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import { ContentError } from '../content/content-error';
import { codeColorClasses } from './code-colors';
import { codeLanguages, codeMetaTransformer, codeThemes, getHighlighter } from './highlighter';
import { glossary, glossaryMatches } from '../../content/glossary';
import { remarkCodeLanguages } from './remark-code-languages';
import { remarkGlossaryLinks } from './remark-glossary-links';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkIncludeFiles } from './remark-include-files';
import { remarkKnownComponents } from './remark-known-components';
import { remarkInspect } from './remark-inspect';
import type { ComponentSchemas } from './component-schema';
import type { Root } from 'mdast';

const glossaryTerms = glossary.flatMap((entry) => glossaryMatches(entry).map((term) => ({ id: entry.id, term })));

/** Project files a code block may show with include="…" (lib/mdx/remark-include-files.ts). */
export const includableFiles = ['Dockerfile', 'deploy/**'] as const;

export type CompiledMdx<T> = { code: string; inspected: T };

type CompileOptions<T> = {
  /** Path shown in error messages, relative to the project root. */
  file: string;
  /** The components the registry provides, by name; any other capitalised tag fails the build. */
  components: ComponentSchemas;
  /**
   * Reads the tree once heading ids and included files are resolved, before glossary links are
   * added: what the chapter model, the spell check and the search index are made from.
   */
  inspect: (tree: Root) => T;
};

export async function compileMdx<T>(source: string, { file, components, inspect }: CompileOptions<T>): Promise<CompiledMdx<T>> {
  let inspected: { value: T } | undefined;
  const highlighter = await getHighlighter();
  try {
    const { code } = await bundleMDX({
      source,
      mdxOptions(options) {
        // Ours run first, before mdx-bundler turns the frontmatter into an export of its own.
        options.remarkPlugins = [
          [remarkKnownComponents, { known: new Set(Object.keys(components)) }],
          remarkHeadingIds,
          [remarkCodeLanguages, { languages: codeLanguages }],
          [remarkIncludeFiles, { root: process.cwd(), allowed: includableFiles }],
          remarkGfm,
          [remarkInspect, { inspect: (tree: Root) => (inspected = { value: inspect(tree) }) }],
          [remarkGlossaryLinks, { terms: glossaryTerms }],
          ...(options.remarkPlugins ?? []),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          [
            rehypeShikiFromHighlighter,
            highlighter,
            { themes: codeThemes, defaultColor: 'light', transformers: [codeMetaTransformer, codeColorClasses] },
          ],
        ];
        return options;
      },
      // Errors are rethrown below with the chapter's own path; esbuild's console copy would only repeat them.
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    });
    if (!inspected) throw new ContentError(file, undefined, undefined, 'the MDX pipeline never reached its inspection step');
    return { code, inspected: inspected.value };
  } catch (error) {
    throw toContentError(error, file);
  }
}

type EsbuildMessage = { text: string };

// mdx-bundler reports through esbuild as "Cannot process MDX file…\n  <temp entry>.mdx:L:C: reason";
// rewrite that to name the chapter and the line in it.
const located = /(\d+):\d+(?:-\d+:\d+)?: (.+)$/m;

function toContentError(error: unknown, file: string): Error {
  if (error instanceof ContentError) return error;
  const text = (error as { errors?: EsbuildMessage[] }).errors?.[0]?.text;
  const match = text === undefined ? null : located.exec(text);
  if (match) return new ContentError(file, Number(match[1]), undefined, match[2] ?? '');
  const reason = text ?? (error instanceof Error ? error.message : String(error));
  return new ContentError(file, undefined, undefined, reason);
}
