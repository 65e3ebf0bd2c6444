'use client';

import { useEffect } from 'react';
import { onReaderMove } from '@/lib/browser/reader-moves';
import { fragmentId } from '@/lib/browser/safe-decode';

/** The page has settled once its height has not changed for this long… */
const settledAfterMs = 3000;
/** …and however slow the phone, by this long; after that the reader is reading. */
const longestSettleMs = 30_000;

// A link to a section (a teammate's 절 링크, the table of contents, a search result, a shared scene's
// #widget) must keep that section's heading at the top while the page settles. The browser scrolls
// to the target once, but the page above it keeps changing height afterwards: blocks laid out only
// near the viewport (content-visibility) take their real size, and widgets come alive and grow. So
// the target is scrolled back into place on every change of the page's height, until the reader
// scrolls, touches or presses a key, or the height has stayed the same for three seconds.
export function KeepLinkedSectionInView() {
  useEffect(() => {
    let release = keepInView(fragmentId(window.location.hash));
    const follow = () => {
      release();
      release = keepInView(fragmentId(window.location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      release();
    };
  }, []);
  return null;
}

function keepInView(id: string): () => void {
  const target = id === '' ? null : document.getElementById(id);
  if (!target || typeof ResizeObserver === 'undefined') return () => {};
  const pin = () => target.scrollIntoView({ block: 'start', behavior: 'instant' });
  let settled = 0;
  const resizes = new ResizeObserver(() => {
    pin();
    window.clearTimeout(settled);
    settled = window.setTimeout(release, settledAfterMs);
  });
  resizes.observe(document.body);
  // A smooth scroll (a contents link) aims where the heading was when it started; where the first
  // scroll ends, the heading is put back in its place. Once only: dragging the scroll bar sends no
  // event the reader could be recognised by, and must never be pulled back.
  window.addEventListener('scrollend', pin, { once: true });
  const release = () => {
    resizes.disconnect();
    window.clearTimeout(settled);
    window.clearTimeout(timer);
    window.removeEventListener('scrollend', pin);
    stopWatching();
  };
  const stopWatching = onReaderMove(release);
  const timer = window.setTimeout(release, longestSettleMs);
  return release;
}
