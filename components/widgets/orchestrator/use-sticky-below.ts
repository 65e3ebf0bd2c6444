'use client';

import { useEffect, useState } from 'react';

// The header is 3.5rem tall and sticky; the shared frame keeps the narration sticky below it on
// narrow screens. This puts an element sticky below both, following the narration's height as its
// sentence changes. Returns a ref callback.
export function useStickyBelow<T extends HTMLElement>() {
  const [node, setNode] = useState<T | null>(null);
  useEffect(() => {
    const narration = node?.closest('figure')?.querySelector('[data-narration]')?.closest<HTMLElement>('.sticky');
    if (!node || !narration || typeof ResizeObserver === 'undefined') return;
    const place = () => node.style.setProperty('top', `calc(3.5rem + ${narration.offsetHeight}px)`);
    place();
    const observer = new ResizeObserver(place);
    observer.observe(narration);
    return () => observer.disconnect();
  }, [node]);
  return setNode;
}
