import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { describe, expect, it } from 'vitest';
import { countHangul, extractProse } from '@/lib/content/prose';
import { chapters } from './chapter-files';

// What every chapter promises its reader (issue 3): learning goals first, a figure in place of the
// coming widget, a summary, a quiz of 3–5 questions with an explanation for every choice, and
// links to the official documentation, in 2,500–6,500 Hangul syllables of prose (issue 13: a chapter may
// grow to about 6,500 to teach what a beginner needs; past that, split a section or a chapter).

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function jsxElements(node: { children?: RootContent[] }, name: string): Jsx[] {
  const found: Jsx[] = [];
  for (const child of node.children ?? []) {
    if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === name) found.push(child);
    if ('children' in child) found.push(...jsxElements(child as { children: RootContent[] }, name));
  }
  return found;
}

function attribute(element: Jsx, name: string): string | undefined {
  const found = element.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function headingIds(source: string): string[] {
  return [...source.matchAll(/^#{2,3} .*\{\/\*([a-z0-9-]+)\*\/\}\s*$/gm)].map((match) => match[1] ?? '');
}

describe.each(chapters)('$file', ({ source, tree }) => {
  it('has 2,500–6,500 Hangul syllables of prose', () => {
    const count = countHangul(extractProse(tree));
    expect(count).toBeGreaterThanOrEqual(2500);
    expect(count).toBeLessThanOrEqual(6500);
  });

  it('opens with learning goals', () => {
    const first = tree.children.find((node) => node.type !== 'yaml' && !(node.type === 'paragraph' && node.children.length === 0));
    expect(first?.type === 'mdxJsxFlowElement' && first.name).toBe('Goals');
  });

  it('has a still figure where its widget will go', () => {
    expect(jsxElements(tree, 'Figure').length + jsxElements(tree, 'VmContainerDiagram').length).toBeGreaterThan(0);
  });

  it('ends with 정리, 확인 문제 and 더 알아보기, in that order', () => {
    expect(headingIds(source).slice(-3)).toEqual(['summary', 'quiz', 'learn-more']);
  });

  it('links to the official documentation under 더 알아보기', () => {
    const learnMore = source.slice(source.indexOf('{/*learn-more*/}'));
    const links = [...learnMore.matchAll(/\]\((https:\/\/[^)]+)\)/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThanOrEqual(2);
    // Official documentation, plus Korean pages from the same vendors (issue 13: one Korean resource a chapter).
    for (const link of links) expect(link).toMatch(/^https:\/\/(docs\.docker\.com|kubernetes\.io\/ko|learn\.microsoft\.com\/ko-kr)\//);
  });

  it('has one quiz of 3–5 well-formed questions, with an explanation for every choice', () => {
    const quizzes = jsxElements(tree, 'Quiz');
    expect(quizzes).toHaveLength(1);
    const questions = jsxElements(quizzes[0]!, 'Question');
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(5);

    const questionIds = questions.map((question) => attribute(question, 'id'));
    expect(new Set(questionIds).size).toBe(questions.length);
    for (const question of questions) {
      const id = attribute(question, 'id');
      expect(id, 'question id').toMatch(/^[a-z0-9-]+$/);
      expect(jsxElements(question, 'Prompt'), `${id}: prompt`).toHaveLength(1);
      const values = jsxElements(question, 'Choice').map((choice) => attribute(choice, 'value'));
      const explained = jsxElements(question, 'Explain').map((explain) => attribute(explain, 'value'));
      expect(values.length, `${id}: choices`).toBeGreaterThanOrEqual(2);
      expect(new Set(values).size, `${id}: unique choice values`).toBe(values.length);
      expect(values, `${id}: answer`).toContain(attribute(question, 'answer'));
      expect([...explained].sort(), `${id}: one explanation per choice`).toEqual([...values].sort());
    }
  });
});
