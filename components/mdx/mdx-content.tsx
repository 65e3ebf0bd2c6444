import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { mdxComponents } from './registry';

// A Server Component renders each chapter once, at build time, so making the MDX component from its
// compiled code here costs nothing at runtime and never reaches the browser.
export function MdxContent({ code }: { code: string }) {
  return createElement(getMDXComponent(code), { components: mdxComponents });
}
