import type { ReactNode, Ref } from 'react';

type Props = {
  caption: string;
  children: ReactNode;
  className?: string;
  /** The scene-link target (lib/share/scene-link.ts). */
  id?: string;
  ref?: Ref<HTMLElement>;
};

// Every widget is a figure with a caption, so it reads as one unit in the chapter's outline.
export function WidgetFrame({ caption, children, className = '', id, ref }: Props) {
  return (
    <figure ref={ref} id={id} className={`not-prose my-8 scroll-mt-20 overflow-hidden rounded-2xl border border-line bg-bg ${className}`}>
      <figcaption className="border-b border-line bg-surface px-4 py-3 text-sm font-semibold text-fg">{caption}</figcaption>
      <div className="space-y-4 p-4 sm:p-5">{children}</div>
    </figure>
  );
}
