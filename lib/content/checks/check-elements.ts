import type { z } from 'zod';
import type { ComponentSchemas } from '../../mdx/component-schema';
import type { ChapterModel, JsxAttribute, JsxElement } from '../chapter-model';
import { ContentError } from '../content-error';

// A chapter is prose plus the registered components. Raw HTML that could run code, embed another
// page or restyle the site (and would have its inline script hashed into the CSP) never ships;
// neither does a component attribute its schema does not accept.

/** Lowercase elements prose may use for what Markdown cannot say. */
export const allowedHtmlElements: ReadonlySet<string> = new Set(['abbr', 'br', 'del', 'ins', 'kbd', 'mark', 'small', 'sub', 'sup', 'wbr']);
const htmlAttributes = new Set(['title', 'lang']);
const dangerous = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'template', 'svg', 'math']);

// `{/* heading-id */}` and other comments are fine; anything else would run code while the page is built.
const onlyComments = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;

function htmlProblems(file: string, element: JsxElement): ContentError[] {
  const tag = `<${element.name}>`;
  if (dangerous.has(element.name)) {
    return [new ContentError(file, element.line, tag, 'raw HTML that can run code, embed a page or restyle the site is not allowed in a chapter')];
  }
  if (element.name === 'a') {
    return [new ContentError(file, element.line, tag, 'write links as [text](url) so the link check sees them')];
  }
  if (!allowedHtmlElements.has(element.name)) {
    return [new ContentError(file, element.line, tag, `is not an element a chapter may use (allowed: ${[...allowedHtmlElements].join(', ')}, and the registered components)`)];
  }
  return element.attributes
    .filter((attribute) => !('name' in attribute) || !htmlAttributes.has(attribute.name) || typeof attribute.value !== 'string')
    .map((attribute) => new ContentError(file, attribute.line, `<${element.name} ${'name' in attribute ? attribute.name : `{${attribute.spread}}`}>`, `only ${[...htmlAttributes].join(', ')} with a text value may be set on HTML in a chapter`));
}

/** The attributes as a component would receive them, or the problem with one of them. */
function readAttributes(file: string, element: JsxElement): { props: Record<string, unknown>; lines: Map<string, number> } | ContentError {
  const props: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  for (const attribute of element.attributes as JsxAttribute[]) {
    if (!('name' in attribute)) {
      return new ContentError(file, attribute.line, `<${element.name} {${attribute.spread}}>`, 'spread attributes are not allowed; write each attribute');
    }
    lines.set(attribute.name, attribute.line);
    const { value } = attribute;
    if (typeof value !== 'object') {
      props[attribute.name] = value;
      continue;
    }
    try {
      // {3} or {true}: a literal, never code.
      props[attribute.name] = JSON.parse(value.expression);
    } catch {
      return new ContentError(file, attribute.line, `<${element.name} ${attribute.name}>`, `{${value.expression}} is code; write a plain value`);
    }
  }
  return { props, lines };
}

function describeIssue(issue: z.core.$ZodIssue, props: Record<string, unknown>, field: string | undefined): string {
  if (issue.code === 'unrecognized_keys') return 'is not an attribute of this component';
  if (issue.code === 'invalid_value') {
    return `${JSON.stringify(field === undefined ? undefined : props[field])} is not one of: ${issue.values.map(String).join(', ')}`;
  }
  if (field !== undefined && props[field] === undefined) return 'is required';
  return issue.message;
}

function componentProblems(file: string, element: JsxElement, schemas: ComponentSchemas): ContentError[] {
  const schema = schemas[element.name];
  // Unknown components fail earlier, inside the MDX pipeline (remark-known-components.ts).
  if (!schema) return [];
  const read = readAttributes(file, element);
  if (read instanceof ContentError) return [read];
  const result = schema.props.safeParse(read.props);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const fields = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path[0] === undefined ? undefined : String(issue.path[0])];
    return fields.map((field) => {
      const line = (field === undefined ? undefined : read.lines.get(field)) ?? element.line;
      const where = field === undefined ? `<${element.name}>` : `<${element.name} ${field}>`;
      return new ContentError(file, line, where, describeIssue(issue, read.props, field));
    });
  });
}

export function checkElements(file: string, model: ChapterModel, schemas: ComponentSchemas): ContentError[] {
  const problems = model.elements.flatMap((element) => {
    if (element.name === '') return [new ContentError(file, element.line, '<>', 'fragments are not needed in a chapter')];
    return /^[a-z]/.test(element.name) ? htmlProblems(file, element) : componentProblems(file, element, schemas);
  });
  for (const expression of model.expressions) {
    if (!onlyComments.test(expression.value)) {
      problems.push(new ContentError(file, expression.line, `{${expression.value.trim().slice(0, 40)}}`, 'expressions run code while the page is built; only {/* comments */} are allowed'));
    }
  }
  return problems;
}

/** The element ids the chapter's components render (widget instances, the goals heading). */
export function componentAnchors(model: ChapterModel, schemas: ComponentSchemas): string[] {
  return model.elements.flatMap((element) => {
    const schema = schemas[element.name];
    if (!schema?.anchors) return [];
    const read = readAttributes('', element);
    if (read instanceof ContentError) return [];
    const parsed = schema.props.safeParse(read.props);
    return parsed.success ? (schema.anchors as (props: unknown) => string[])(parsed.data) : [];
  });
}
