import { parse, type DefaultTreeAdapterMap } from 'parse5';

// Exported pages are read as HTML trees (parse5, the parser the HTML standard describes), never
// matched by regular expressions, and changed by splicing the original text at the element
// positions the parser reports, so everything else in the page stays byte for byte as Next wrote it.

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'] | DefaultTreeAdapterMap['template'];

export function parsePage(html: string) {
  return parse(html, { sourceCodeLocationInfo: true });
}

/** Every element of the page, in document order. */
export function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child as Node);
  };
  walk(parsePage(html));
  return found;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The element's text exactly as written in the page (a script's source), from its positions. */
export function rawText(html: string, element: Element): string {
  const location = element.sourceCodeLocation;
  if (!location?.startTag || !location.endTag) return '';
  return html.slice(location.startTag.endOffset, location.endTag.startOffset);
}

export type Edit = { start: number; end: number; text: string };

export function applyEdits(html: string, edits: readonly Edit[]): string {
  let out = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
