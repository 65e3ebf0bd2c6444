import type { ReactNode, Ref } from 'react';
import { cn } from '@/lib/cn';

type Props = {
  caption: string;
  children: ReactNode;
  className?: string;
  /** The scene-link target (lib/share/scene-link.ts). */
  id?: string;
  /** Wider than the prose column where the page has room (see `.widget-wide` in app/globals.css). */
  wide?: boolean;
  ref?: Ref<HTMLElement>;
};

// Every widget is a figure with a caption, so it reads as one unit in the chapter's outline. It
// clips (overflow: clip, not hidden) so a sticky narration inside it still sticks to the viewport.
export function WidgetFrame({ caption, children, className, id, wide = false, ref }: Props) {
  return (
    <figure
      ref={ref}
      id={id}
      className={cn('not-prose my-8 scroll-mt-20 overflow-clip rounded-2xl border border-line bg-bg', wide && 'widget-wide', className)}
    >
      <figcaption className="border-b border-line bg-surface px-4 py-3 text-sm font-semibold text-fg">{caption}</figcaption>
      <div className="space-y-4 p-4 sm:p-5">{children}</div>
    </figure>
  );
}
