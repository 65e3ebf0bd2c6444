'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { readingTimeMs } from '@/lib/a11y/reading-time';
import { cn } from '@/lib/cn';

type Props = {
  /** The sentence on screen: always the simulation's present state. */
  children: string;
  /** What the live region says, when speech should differ from the screen (no random pod names). */
  spoken?: string;
  className?: string;
};

/** A change this soon after the reader's own click, input or change answers that action. */
const answersReaderWithinMs = 1500;
/** The reader's actions inside a widget: buttons (by mouse or keyboard), sliders, selects, fields. */
const readerEvents = ['click', 'input', 'change'] as const;

// Sighted readers see the present sentence at once. Screen readers hear it through a separate,
// paced live region: one message per reader action, announced at once; a change the machine makes
// by itself (a clock tick, the next layer of a build) waits until the message before it has been
// on long enough to read (lib/a11y/reading-time.ts), and while it waits a newer one replaces it, so
// sub-steps are coalesced into the latest. The visible copy is aria-hidden so it is not read twice.
export function Narration({ children, spoken = children, className }: Props) {
  const region = useRef<HTMLDivElement>(null);
  const announced = usePacedAnnouncement(spoken, region);
  return (
    <div ref={region} className={cn('rounded-lg bg-surface px-4 py-3 text-[0.9375rem] text-fg', className)}>
      <p data-narration="" aria-hidden="true" className="min-h-[3em]">
        {children}
      </p>
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announced}
      </p>
    </div>
  );
}

function usePacedAnnouncement(text: string, region: RefObject<HTMLElement | null>): string {
  const [announced, setAnnounced] = useState(text);
  const pace = useRef({ announced: text, holdUntil: 0, readerActedAt: Number.NEGATIVE_INFINITY, timer: 0 });

  // Listen on the whole widget: the reader acts on its controls, not on the narration.
  useEffect(() => {
    const widget = region.current?.closest('figure') ?? region.current;
    if (!widget) return;
    const acted = () => {
      pace.current.readerActedAt = Date.now();
    };
    for (const type of readerEvents) widget.addEventListener(type, acted, { capture: true });
    return () => {
      for (const type of readerEvents) widget.removeEventListener(type, acted, { capture: true });
    };
  }, [region]);

  useEffect(() => {
    const current = pace.current;
    const announce = (message: string) => {
      current.announced = message;
      current.holdUntil = Date.now() + readingTimeMs(message);
      setAnnounced(message);
    };
    window.clearTimeout(current.timer);
    if (text === current.announced) return;
    const now = Date.now();
    if (now - current.readerActedAt <= answersReaderWithinMs || now >= current.holdUntil) {
      current.readerActedAt = Number.NEGATIVE_INFINITY;
      announce(text);
      return;
    }
    current.timer = window.setTimeout(() => announce(text), current.holdUntil - now);
  }, [text]);

  useEffect(() => {
    const current = pace.current;
    return () => window.clearTimeout(current.timer);
  }, []);
  return announced;
}
