import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { H2, H3 } from './heading';
import { Orchestrator } from '@/components/widgets/orchestrator/lazy-orchestrator';

// The one map MDX sees: HTML element overrides (lowercase) and the components a chapter may use
// by name (capitalised). Content never imports code; anything not here fails the build.
export const mdxComponents = {
  h2: H2,
  h3: H3,
  pre: CodeBlock,
  Callout,
  Orchestrator,
} satisfies MDXComponents;

export const contentComponentNames = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));
