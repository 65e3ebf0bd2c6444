import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import type { Heading } from '../mdx/toc';
import { extractProse, type ProseBlock } from './prose';

// What one pass over a chapter's syntax tree yields, taken inside the MDX pipeline (after heading
// ids and included files are resolved, before glossary links are added). Every check, the spell
// check, the search index and the Hangul count read this instead of parsing the file again.

export type JsxValue = string | true | { expression: string };
export type JsxAttribute = { name: string; value: JsxValue; line: number } | { spread: string; line: number };
export type JsxElement = { name: string; line: number; attributes: JsxAttribute[] };
export type Located<T> = T & { line: number };
export type HeadingInfo = Located<Heading>;
export type CodeBlock = Located<{ lang: string | null; meta: string | null; value: string }>;
export type QuizChoice = Located<{ value: string | undefined }>;
export type QuizQuestion = Located<{
  id: string | undefined;
  answer: string | undefined;
  prompts: number;
  choices: QuizChoice[];
  explains: QuizChoice[];
}>;
export type QuizInfo = Located<{ id: string | undefined; questions: QuizQuestion[] }>;

export type ChapterModel = {
  /** The chapter's top-level nodes as the pipeline had them here, for the search documents. */
  nodes: RootContent[];
  /** The first block of the chapter: a JSX element's name, or the mdast node type. */
  opening: Located<{ name: string }> | undefined;
  headings: HeadingInfo[];
  prose: ProseBlock[];
  codeBlocks: CodeBlock[];
  /** Every JSX element, lowercase (HTML) or capitalised (registered components), in order. */
  elements: JsxElement[];
  /** `{…}` expressions in the prose (comments included). */
  expressions: Located<{ value: string }>[];
  links: Located<{ url: string }>[];
  quizzes: QuizInfo[];
};

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
type AnyNode = Root | RootContent;

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
const isJsx = (node: AnyNode): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const childrenOf = (node: AnyNode): RootContent[] => ('children' in node ? (node.children as RootContent[]) : []);

function attributesOf(node: Jsx): JsxAttribute[] {
  return node.attributes.map((attribute) => {
    const line = attribute.position?.start.line ?? lineOf(node);
    if (attribute.type === 'mdxJsxExpressionAttribute') return { spread: attribute.value, line };
    const { value } = attribute;
    return {
      name: attribute.name,
      line,
      value: value === null || value === undefined ? true : typeof value === 'string' ? value : { expression: value.value },
    };
  });
}

export function stringAttribute(element: { attributes: JsxAttribute[] }, name: string): string | undefined {
  const found = element.attributes.find((attribute) => 'name' in attribute && attribute.name === name);
  return found && 'value' in found && typeof found.value === 'string' ? found.value : undefined;
}

function descendants(node: AnyNode, name: string): Jsx[] {
  return childrenOf(node).flatMap((child) => [...(isJsx(child) && child.name === name ? [child] : []), ...descendants(child, name)]);
}

function quizOf(quiz: Jsx): QuizInfo {
  const info = (element: Jsx) => ({ line: lineOf(element), attributes: attributesOf(element) });
  return {
    id: stringAttribute(info(quiz), 'id'),
    line: lineOf(quiz),
    questions: descendants(quiz, 'Question').map((question) => {
      const choicesOf = (name: string) =>
        descendants(question, name).map((choice) => ({ value: stringAttribute(info(choice), 'value'), line: lineOf(choice) }));
      return {
        id: stringAttribute(info(question), 'id'),
        answer: stringAttribute(info(question), 'answer'),
        line: lineOf(question),
        prompts: descendants(question, 'Prompt').length,
        choices: choicesOf('Choice'),
        explains: choicesOf('Explain'),
      };
    }),
  };
}

function isBlank(node: RootContent) {
  return node.type === 'yaml' || (node.type === 'paragraph' && node.children.length === 0);
}

export function extractChapterModel(tree: Root): ChapterModel {
  const model: ChapterModel = {
    // A copy: later steps of the pipeline (glossary links, JSX compilation) change the tree.
    nodes: structuredClone(tree.children),
    opening: undefined,
    headings: [],
    prose: extractProse(tree),
    codeBlocks: [],
    elements: [],
    expressions: [],
    links: [],
    quizzes: [],
  };
  const first = tree.children.find((node) => !isBlank(node));
  if (first) model.opening = { name: isJsx(first) ? (first.name ?? '') : first.type, line: lineOf(first) };

  const walk = (node: AnyNode) => {
    const line = lineOf(node);
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const id = node.data?.hProperties?.id;
      if (typeof id === 'string') model.headings.push({ depth: node.depth, id, text: toString(node).trim(), line });
    } else if (node.type === 'code') {
      model.codeBlocks.push({ lang: node.lang ?? null, meta: node.meta ?? null, value: node.value, line });
    } else if (node.type === 'link' || node.type === 'definition') {
      model.links.push({ url: node.url, line });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      model.expressions.push({ value: node.value, line });
    } else if (isJsx(node)) {
      model.elements.push({ name: node.name ?? '', line, attributes: attributesOf(node) });
      if (node.name === 'Quiz') model.quizzes.push(quizOf(node));
    }
    for (const child of childrenOf(node)) walk(child);
  };
  walk(tree);
  return model;
}
