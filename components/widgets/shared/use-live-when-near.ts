'use client';

import { startTransition, useCallback, useState, type RefCallback } from 'react';
import { fragmentId } from '@/lib/browser/safe-decode';

// Half a screen ahead: a widget is live by the time the reader scrolls to it.
const ahead = '50% 0px';

// False on the server and in the first client render (so hydration matches the still figure). It
// turns true once the element given to the ref comes near the viewport, never before: a chapter
// holds up to four widgets, and making all of them live at load kept the phone's main thread busy
// while the reader was starting on the text. The switch is a transition, rendered in slices.
export function useLiveWhenNear<T extends Element>(): [RefCallback<T>, boolean] {
  const [live, setLive] = useState(false);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    const goLive = () => startTransition(() => setLive(true));
    // A link to this very widget (a shared scene) brings it to life wherever the page has scrolled:
    // the widget above it may come alive first and grow, pushing this one out of sight.
    const linkedTo = element.id !== '' && fragmentId(location.hash) === element.id;
    if (linkedTo || typeof IntersectionObserver === 'undefined') {
      goLive();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        goLive();
      },
      { rootMargin: ahead },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, live];
}
