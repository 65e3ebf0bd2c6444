'use client';

import { useEffect, useState } from 'react';
import { readScene, type SceneCodec, type SceneRead } from '@/lib/share/scene-link';

/**
 * The scene the page's URL sends to this widget instance, read once. Call it only in a widget's
 * live (hydrated) part: the server and the still figure never see the query.
 */
export function useSharedScene<Scene>(instance: string, codec: SceneCodec<Scene>): SceneRead<Scene> {
  const [read] = useState<SceneRead<Scene>>(() =>
    typeof window === 'undefined' ? { status: 'none' } : readScene(window.location.search, instance, codec),
  );
  const addressed = read.status !== 'none';
  useEffect(() => {
    const frame = addressed ? document.getElementById(instance) : null;
    if (!frame) return;
    // The browser scrolled to #instance on load, but the page above keeps changing height as it comes
    // alive (hydration, the widget above going live and growing). Keep this widget (and its note) in
    // view while that settles: until the reader scrolls or presses a key, or for two seconds.
    const pin = () => frame.scrollIntoView?.({ block: 'start', behavior: 'instant' });
    pin();
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(pin);
    resizes?.observe(document.body);
    const readerMoves = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    const release = () => {
      resizes?.disconnect();
      clearTimeout(timer);
      for (const type of readerMoves) window.removeEventListener(type, release);
    };
    for (const type of readerMoves) window.addEventListener(type, release, { passive: true });
    const timer = setTimeout(release, 2000);
    return release;
  }, [addressed, instance]);
  return read;
}
