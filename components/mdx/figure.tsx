import type { ReactNode } from 'react';

type Props = { caption: string; children: ReactNode };

// A still figure in the place a chapter's interactive widget will take: it must teach the same
// point on its own (a table, an ordered list, a diagram), never stand empty. A wide table scrolls
// sideways on a phone, so the scrolling box takes focus: keyboard users can scroll it too.
export function Figure({ caption, children }: Props) {
  return (
    <figure className="my-8 overflow-hidden rounded-2xl border border-line bg-bg">
      <figcaption className="not-prose border-b border-line bg-surface px-4 py-3 text-sm font-semibold text-fg">
        {caption}
      </figcaption>
      <div
        tabIndex={0}
        className="overflow-x-auto px-4 py-1 sm:px-5 [&_table]:text-[0.9375em] [&_td]:[overflow-wrap:normal] [&_td_code]:[overflow-wrap:anywhere] [&_th]:[overflow-wrap:normal]"
      >
        {children}
      </div>
    </figure>
  );
}
