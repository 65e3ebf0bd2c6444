'use client';

import { useEffect, useState } from 'react';
import { readScene, sceneParam, type SceneCodec, type SceneRead } from '@/lib/share/scene-link';

/**
 * The scene the page's URL sends to this widget instance, read once. Call it only in a widget's
 * live (hydrated) part: the server and the still figure never see the query. Without a codec the
 * widget cannot be shared, and nothing is read.
 */
export function useSharedScene<Scene>(instance: string, codec: SceneCodec<Scene> | undefined): SceneRead<Scene> {
  const [read] = useState<SceneRead<Scene>>(() =>
    typeof window === 'undefined' || codec === undefined ? { status: 'none' } : readScene(window.location.search, instance, codec),
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

/** Drops a scene addressed to `instance` from the address (after 처음부터), keeping the rest of it. */
export function forgetSharedScene(instance: string): void {
  const url = new URL(window.location.href);
  const value = url.searchParams.get(sceneParam);
  if (value === null || value.split('.')[0] !== instance) return;
  url.searchParams.delete(sceneParam);
  window.history.replaceState(window.history.state, '', url);
}
