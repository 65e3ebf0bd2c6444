'use client';

import { useState } from 'react';
import { readScene, sceneParam, type SceneCodec, type SceneRead } from '@/lib/share/scene-link';

/**
 * The scene the page's URL sends to this widget instance, read once. Call it only in a widget's
 * live (hydrated) part: the server and the still figure never see the query. Without a codec the
 * widget cannot be shared, and nothing is read. The link's #instance is kept in view while the page
 * settles by the chapter page (components/layout/keep-linked-section.tsx), as any section link is.
 */
export function useSharedScene<Scene>(instance: string, codec: SceneCodec<Scene> | undefined): SceneRead<Scene> {
  const [read] = useState<SceneRead<Scene>>(() =>
    typeof window === 'undefined' || codec === undefined
      ? { status: 'none' }
      : readScene(window.location.search, instance, codec),
  );
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
