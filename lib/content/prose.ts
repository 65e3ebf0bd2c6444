import type { Root, RootContent } from 'mdast';

// Reading a chapter the way a proofreader does: the prose, without front matter, code, JSX
// attributes or expressions. Used by the spell check, the term checks and the Hangul count.

/** A stand-in for inline code inside prose, so "`Dockerfile`을" reads as <code> + particle. */
export const codePlaceholder = '\uE000';

export type ProseBlock = {
  /** The block's first line in the file. Its text has one `\n` per line break in the file. */
  line: number;
  /** Prose text; inline code replaced by `codePlaceholder`. */
  text: string;
  /** Text of links, kept apart: external page titles are quoted, not written, by us. */
  linkText: { line: number; text: string }[];
  /** Inside an <Exercise>: spell-checked like all prose, but practice, not reading, so not in the length. */
  practice?: true;
};

const skipped = new Set(['code', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'yaml', 'definition']);
// Block-level nodes that end a run of prose (a paragraph, a heading, a table cell …).
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

const lineOf = (node: RootContent) => node.position?.start.line;

// Keeps a block's text in step with the file: before text that starts on a later line, as many
// line breaks as the file has, so line n of the text is line `block.line + n` of the file.
function moveTo(block: ProseBlock, line: number | undefined) {
  if (line === undefined) return;
  const current = block.line + (block.text.match(/\n/g)?.length ?? 0);
  if (line > current) block.text += '\n'.repeat(line - current);
}

export function extractProse(tree: Root): ProseBlock[] {
  const out: ProseBlock[] = [];

  function collect(node: RootContent, block: ProseBlock, practice: boolean) {
    if (skipped.has(node.type)) return;
    const inPractice = practice || (node.type === 'mdxJsxFlowElement' && node.name === 'Exercise');
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'break') moveTo(block, lineOf(node));
    if (node.type === 'text') block.text += node.value;
    else if (node.type === 'inlineCode') block.text += codePlaceholder;
    else if (node.type === 'break') block.text += ' ';
    else if (node.type === 'link' || node.type === 'linkReference') {
      const line = lineOf(node) ?? block.line;
      const inner: ProseBlock = { line, text: '', linkText: [] };
      for (const child of node.children) collect(child, inner, inPractice);
      // A bare URL shown as its own link text is not prose at all.
      if (!(node.type === 'link' && inner.text === node.url)) block.linkText.push({ line, text: inner.text });
    } else if ('children' in node) {
      for (const child of node.children as RootContent[]) {
        if (blocks.has(child.type)) visitBlock(child, inPractice);
        else collect(child, block, inPractice);
      }
    }
  }

  function visitBlock(node: RootContent, practice: boolean) {
    const block: ProseBlock = { line: lineOf(node) ?? 0, text: '', linkText: [], ...(practice ? { practice: true } : {}) };
    collect(node, block, practice);
    // Inline JSX inside a block (e.g. a <Choice> on one line) contributes its text the same way.
    if (block.text.trim() || block.linkText.length > 0) out.push(block);
  }

  for (const node of tree.children) {
    if (blocks.has(node.type)) visitBlock(node, false);
    else {
      // Lists, block quotes and JSX flow elements hold blocks, or (JSX on one line) bare text.
      const practice = node.type === 'mdxJsxFlowElement' && node.name === 'Exercise';
      const loose: ProseBlock = { line: lineOf(node) ?? 0, text: '', linkText: [], ...(practice ? { practice: true } : {}) };
      collect(node, loose, false);
      if (loose.text.trim() || loose.linkText.length > 0) out.push(loose);
    }
  }
  return out;
}

/** The block's text line by line, each with its line in the file. */
export function proseLines(block: ProseBlock): { line: number; text: string }[] {
  return block.text.split('\n').map((text, index) => ({ line: block.line + index, text }));
}

/** Hangul syllables of the reading prose (exercises left out, see `practice`). */
export function countHangul(blocks: readonly ProseBlock[]): number {
  return blocks
    .filter((block) => !block.practice)
    .reduce((sum, block) => sum + (block.text.match(/[\uac00-\ud7a3]/g)?.length ?? 0), 0);
}
