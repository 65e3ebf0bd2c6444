'use client';

import { useEffect } from 'react';

/**
 * The chapter's sections and widgets the browser has not been asked to lay out for good
 * (app/globals.css), in the order of the page: a section before the widgets in it.
 */
const pending =
  '.prose > [data-section]:not([data-laid-out]), .prose > [data-section] > [data-widget-slot]:has(> figure):not([data-laid-out])';

/**
 * Most of one slice of idle time spent laying out. Lighthouse's phone runs the CPU four times
 * slower, and a task under 50 ms there blocks nothing; a single section or widget longer than this
 * still goes in one slice of its own.
 */
const sliceMs = 10;

/** Lays out the whole chapter at once: before something is scrolled into view by script. */
export function layOutChapterNow() {
  for (const block of document.querySelectorAll(pending)) block.setAttribute('data-laid-out', '');
}

type Idle = (run: () => void) => () => void;

const whenIdle: Idle = (run) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run);
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 50);
  return () => window.clearTimeout(handle);
};

// The first paint lays out only the sections near the screen. Left so, every height above the
// reader would stay a guess until they scrolled past it, and anything brought into view by script
// (a search result, "터미널에서 실행", a test's click) would be aimed by guesses. So once the page is
// idle, the sections and widgets are laid out in order, a slice at a time: a few seconds after load the chapter
// is laid out as if nothing had been deferred. A link followed within the page lays it all out at
// once: its target must be placed by real heights.
export function LayOutSectionsWhenIdle() {
  useEffect(() => {
    let cancel = () => {};
    const slice = () => {
      const start = performance.now();
      for (const block of document.querySelectorAll<HTMLElement>(pending)) {
        block.setAttribute('data-laid-out', '');
        // Asking for its box lays it out now, inside this slice, not in one long frame later.
        block.getBoundingClientRect();
        if (performance.now() - start > sliceMs) break;
      }
      if (document.querySelector(pending)) cancel = whenIdle(slice);
    };
    if (window.location.hash === '') cancel = whenIdle(slice);
    else layOutChapterNow();
    window.addEventListener('hashchange', layOutChapterNow);
    return () => {
      cancel();
      window.removeEventListener('hashchange', layOutChapterNow);
    };
  }, []);
  return null;
}
