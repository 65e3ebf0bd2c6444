import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import type {} from 'mdast-util-mdx';

export type GlossaryTerm = { id: string; term: string };
type Options = { terms: readonly GlossaryTerm[]; href?: (id: string) => string };

// Nodes whose text is never linked: headings (they are link targets themselves), code, existing
// links, and JSX components (a link inside a quiz choice's <label> or a figure would misbehave).
const skipped = new Set<string>([
  'heading',
  'code',
  'inlineCode',
  'link',
  'linkReference',
  'definition',
  'html',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);

const hangul = /[\uac00-\ud7a3]/;
const wordChar = /[\p{L}\p{N}_]/u;

// A term starts a word: nothing letter-like right before it. Korean particles attach after a term
// (컨테이너를), so the end is free for Hangul terms; a Latin term must also end at a word boundary.
function matchesAt(text: string, index: number, term: string): boolean {
  if (!text.startsWith(term, index)) return false;
  const before = text[index - 1];
  if (before !== undefined && wordChar.test(before)) return false;
  if (hangul.test(term)) return true;
  const after = text[index + term.length];
  return after === undefined || !/[A-Za-z0-9_]/.test(after);
}

// Links the first use of each glossary term in a chapter's prose to its glossary entry. At any
// position the longest term wins, so 레플리카셋 is never read as 레플리카 + 셋.
export function remarkGlossaryLinks({ terms, href = (id) => `/glossary#${id}` }: Options) {
  const byLength = [...terms].sort((a, b) => b.term.length - a.term.length);
  return (tree: Root) => {
    const linked = new Set<string>();

    function split(node: Text): RootContent[] | undefined {
      const value = node.value;
      const out: RootContent[] = [];
      let start = 0;
      for (let index = 0; index < value.length; index += 1) {
        const found = byLength.find((entry) => matchesAt(value, index, entry.term));
        if (!found || linked.has(found.id)) continue;
        linked.add(found.id);
        if (index > start) out.push({ type: 'text', value: value.slice(start, index) });
        const link: Link = {
          type: 'link',
          url: href(found.id),
          children: [{ type: 'text', value: found.term }],
          data: { hProperties: { className: ['glossary-link'] } },
        };
        out.push(link);
        start = index + found.term.length;
        index = start - 1;
      }
      if (start === 0) return undefined;
      if (start < value.length) out.push({ type: 'text', value: value.slice(start) });
      return out;
    }

    function walk(parent: Parent) {
      const children: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'text') {
          children.push(...(split(child) ?? [child]));
          continue;
        }
        if (!skipped.has(child.type) && 'children' in child) walk(child as Parent);
        children.push(child);
      }
      parent.children = children as Parent['children'];
    }

    walk(tree);
  };
}
