import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import { ContentError } from '../content/content-error';
import { codeLanguages, codeMetaTransformer, codeThemes, getHighlighter } from './highlighter';
import { glossary, glossaryMatches } from '../../content/glossary';
import { remarkCodeLanguages } from './remark-code-languages';
import { remarkGlossaryLinks } from './remark-glossary-links';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkIncludeFiles } from './remark-include-files';
import { remarkKnownComponents } from './remark-known-components';
import type { Heading } from './toc';

const glossaryTerms = glossary.flatMap((entry) => glossaryMatches(entry).map((term) => ({ id: entry.id, term })));

export type CompiledMdx = { code: string; headings: Heading[] };

type CompileOptions = {
  /** Path shown in error messages, relative to the project root. */
  file: string;
  /** Names of the components the registry provides; any other capitalised tag fails the build. */
  knownComponents: Iterable<string>;
};

export async function compileMdx(source: string, { file, knownComponents }: CompileOptions): Promise<CompiledMdx> {
  const headings: Heading[] = [];
  const highlighter = await getHighlighter();
  try {
    const { code } = await bundleMDX({
      source,
      mdxOptions(options) {
        // Ours run first, before mdx-bundler turns the frontmatter into an export of its own.
        options.remarkPlugins = [
          [remarkKnownComponents, { known: new Set(knownComponents) }],
          [remarkHeadingIds, { onHeading: (heading: Heading) => headings.push(heading) }],
          [remarkCodeLanguages, { languages: codeLanguages }],
          [remarkIncludeFiles, { root: process.cwd() }],
          remarkGfm,
          [remarkGlossaryLinks, { terms: glossaryTerms }],
          ...(options.remarkPlugins ?? []),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          [
            rehypeShikiFromHighlighter,
            highlighter,
            { themes: codeThemes, defaultColor: 'light', transformers: [codeMetaTransformer] },
          ],
        ];
        return options;
      },
      // Errors are rethrown below with the chapter's own path; esbuild's console copy would only repeat them.
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
    });
    return { code, headings };
  } catch (error) {
    throw toContentError(error, file);
  }
}

type EsbuildMessage = { text: string };

// mdx-bundler reports through esbuild as "Cannot process MDX file…\n  <temp entry>.mdx:L:C: reason";
// rewrite that to name the chapter and the line in it.
const located = /(\d+):\d+(?:-\d+:\d+)?: (.+)$/m;

function toContentError(error: unknown, file: string): Error {
  const text = (error as { errors?: EsbuildMessage[] }).errors?.[0]?.text;
  const match = text === undefined ? null : located.exec(text);
  if (match) return new ContentError(file, Number(match[1]), undefined, match[2] ?? '');
  const reason = text ?? (error instanceof Error ? error.message : String(error));
  return new ContentError(file, undefined, undefined, reason);
}
