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
    // The browser scrolled to #instance on load, but hydration changed the height of everything
    // above; bring the widget (and its note) back into view once it is live.
    if (addressed) document.getElementById(instance)?.scrollIntoView?.({ block: 'start', behavior: 'instant' });
  }, [addressed, instance]);
  return read;
}
