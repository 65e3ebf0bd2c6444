import type { ComponentPropsWithoutRef, ReactNode } from 'react';

type HeadingProps = ComponentPropsWithoutRef<'h2'> & { id?: string };

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) {
    return textOf((node.props as { children?: ReactNode }).children);
  }
  return '';
}

function createHeading(Tag: 'h2' | 'h3') {
  function Heading({ id, children, ...props }: HeadingProps) {
    return (
      <Tag id={id} className="group" {...props}>
        {children}
        {id && (
          <a
            href={`#${id}`}
            className="heading-anchor ml-2 inline-block rounded px-1 font-normal text-muted no-underline opacity-100 group-hover:opacity-100 hover:text-accent-strong focus-visible:opacity-100 sm:opacity-0"
          >
            <span aria-hidden="true">#</span>
            <span className="sr-only">{`‘${textOf(children)}’ 절 링크`}</span>
          </a>
        )}
      </Tag>
    );
  }
  Heading.displayName = `Heading(${Tag})`;
  return Heading;
}

export const H2 = createHeading('h2');
export const H3 = createHeading('h3');
