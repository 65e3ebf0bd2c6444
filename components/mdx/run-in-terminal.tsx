'use client';

import { startTransition, useEffect, useState } from 'react';
import { onReaderMove } from '@/lib/browser/reader-moves';
import { sendToTerminal } from '../terminal/run-queue';

// "터미널에서 실행" on a code block of commands, shown only on a page that has a terminal. It hands
// the lines to that terminal through the run queue (the terminal's own code loads when it comes
// into view) and brings the terminal to the reader; the terminal then takes the focus.
export function RunInTerminal({ lines }: { lines: readonly string[] }) {
  const [world, setWorld] = useState<string | null>(null);
  useEffect(() => {
    const found = document.querySelector('[data-terminal]')?.getAttribute('data-terminal') ?? null;
    startTransition(() => setWorld(found));
  }, []);
  if (world === null) return null;

  const run = () => {
    const target = document.querySelector(`[data-terminal="${CSS.escape(world)}"]`);
    const smooth = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === false;
    target?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    if (target && smooth) recentreWhereTheScrollEnds(target);
    sendToTerminal(world, lines);
  };
  return (
    <button type="button" onClick={run} className="rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-bg hover:text-fg">
      터미널에서 실행
    </button>
  );
}

// A smooth scroll aims where the terminal was when it started, but the figures it passes take their
// real height as they near the screen (content-visibility), so it can end a screen short, where the
// terminal never comes near enough to load. Where it ends, the terminal is put in the middle again;
// once only, and not after the reader has taken over.
function recentreWhereTheScrollEnds(target: Element) {
  const recentre = () => {
    release();
    target.scrollIntoView({ block: 'center', behavior: 'instant' });
  };
  const release = () => {
    window.removeEventListener('scrollend', recentre);
    stopWatching();
  };
  window.addEventListener('scrollend', recentre, { once: true });
  const stopWatching = onReaderMove(release);
}
