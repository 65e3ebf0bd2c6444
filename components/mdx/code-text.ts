import { isValidElement, type ReactNode } from 'react';

/** The text a rendered code block shows, read from its element tree (Shiki's spans) on the server. */
export function codeText(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(codeText).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return codeText(node.props.children);
  return '';
}
