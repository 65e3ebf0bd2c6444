'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import { WidgetFrame } from './widget-frame';

type Props = {
  caption: string;
  /** The interactive widget, rendered only once hydrated: without JavaScript it could do nothing. */
  live: () => ReactNode;
  /** A still figure of the finished lesson, for the server, readers without JavaScript and print. */
  still: ReactNode;
  /** The lesson as text, one line per step. */
  transcript: readonly string[];
};

const subscribeNothing = () => () => {};

// The frame every widget shares: the server (and a reader without JavaScript, and the printer) gets
// the still figure and the transcript; once hydrated the live widget takes the figure's place on
// screen. The transcript is rendered in both, so hydration matches.
export function StillOrLive({ caption, live, still, transcript }: Props) {
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const lines = transcript.map((line, index) => <li key={index}>{line}</li>);
  return (
    <WidgetFrame caption={caption}>
      {hydrated && <div className="print:hidden">{live()}</div>}
      {/* Once live, the still figure is for print only; aria-hidden keeps it from being read twice. */}
      <div className={hydrated ? 'hidden print:block' : undefined} aria-hidden={hydrated || undefined} data-still-figure="">
        {still}
        <ol className="mt-4 hidden list-decimal space-y-1 pl-5 text-sm text-fg print:block">{lines}</ol>
      </div>
      <details className="text-sm text-fg print:hidden">
        <summary className="cursor-pointer font-semibold text-accent-strong">단계별 설명 읽기</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-5">{lines}</ol>
      </details>
    </WidgetFrame>
  );
}
