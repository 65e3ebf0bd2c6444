'use client';

import { useState } from 'react';
import { readScene, type SceneCodec, type SceneRead } from '@/lib/share/scene-link';

/**
 * The scene the page's URL sends to this widget instance, read once. Call it only in a widget's
 * live (hydrated) part: the server and the still figure never see the query.
 */
export function useSharedScene<Scene>(instance: string, codec: SceneCodec<Scene>): SceneRead<Scene> {
  const [read] = useState<SceneRead<Scene>>(() =>
    typeof window === 'undefined' ? { status: 'none' } : readScene(window.location.search, instance, codec),
  );
  return read;
}
