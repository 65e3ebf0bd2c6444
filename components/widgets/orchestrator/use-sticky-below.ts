'use client';

import { useEffect, useState } from 'react';

/** The sticky header's height (top-14). */
const headerPx = 56;
/** Sticky parts may cover at most this share of the screen; the controls need the rest. */
const maxCover = 0.6;

// The shared frame keeps the narration sticky below the header on narrow screens. This keeps an
// element (the cluster map) sticky below both, following the narration's height as its sentence
// changes, as long as together they leave room for the controls scrolling beneath; when a long
// sentence would leave too little, the element scrolls with the page instead. Returns a ref callback.
export function useStickyBelow<T extends HTMLElement>() {
  const [node, setNode] = useState<T | null>(null);
  useEffect(() => {
    const narration = node?.closest('figure')?.querySelector('[data-narration]')?.closest<HTMLElement>('.sticky');
    if (!node || !narration || typeof ResizeObserver === 'undefined') return;
    const place = () => {
      const fits = headerPx + narration.offsetHeight + node.offsetHeight <= window.innerHeight * maxCover;
      node.style.setProperty('position', fits ? '' : 'static');
      node.style.setProperty('top', `${headerPx + narration.offsetHeight}px`);
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(narration);
    observer.observe(node);
    window.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [node]);
  return setNode;
}
