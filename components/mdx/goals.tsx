import type { ReactNode } from 'react';

/** The goals heading's id: a link target (`/learn/docker#chapter-goals`), checked at build time. */
export const goalsHeadingId = 'chapter-goals';

// The learning goals at the top of a chapter: a labelled list the reader can come back to.
export function Goals({ children }: { children: ReactNode }) {
  return (
    <section
      aria-labelledby={goalsHeadingId}
      className="not-prose my-8 rounded-2xl border border-line bg-surface px-5 py-4 sm:px-6"
    >
      <h2 id={goalsHeadingId} className="text-base font-bold text-fg">
        이 장의 학습 목표
      </h2>
      <div className="mt-2 text-[0.9375rem] leading-7 text-fg [&_code]:rounded [&_code]:bg-bg [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.875em] [&_li]:mt-1.5 [&_li]:pl-1 [&_li::marker]:text-muted [&_ul]:list-disc [&_ul]:pl-5">
        {children}
      </div>
    </section>
  );
}
