'use client';

import { type ReactNode } from 'react';
import { Transcript } from './transcript';
import { WidgetFrame } from './widget-frame';
import { useLiveWhenNear } from './use-live-when-near';

type Props = {
  caption: string;
  /** The interactive widget, rendered only near the viewport: without JavaScript it could do nothing. */
  live: () => ReactNode;
  /** A still figure of the finished lesson, for the server, readers without JavaScript and print. */
  still: ReactNode;
  /** The lesson as text, one line per step. */
  transcript: readonly string[];
};

// The whole frame of a widget: the server (and a reader without JavaScript, and the printer) gets
// the still figure and the transcript; near the viewport the live widget takes the figure's place.
export function StillOrLive({ caption, live, still, transcript }: Props) {
  const [frame, isLive] = useLiveWhenNear<HTMLElement>();
  return (
    <WidgetFrame ref={frame} caption={caption}>
      {isLive && <div className="print:hidden">{live()}</div>}
      <Transcript lines={transcript} hidden={isLive}>
        {still}
      </Transcript>
    </WidgetFrame>
  );
}
