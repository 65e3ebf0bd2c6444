'use client';

import { useClientSnapshot } from '@/components/use-hydrated';
import type { ChapterState } from '@/lib/progress/marks';
import { getChapterState, getDoneKey, subscribe } from './progress-store';

// Pages are static HTML: the server knows nothing of this reader, so it renders "not done" and
// the real state arrives right after hydration (the server snapshot keeps hydration matching).
const serverState = (): ChapterState => 'open';
const serverKey = () => '';

export function useChapterState(slug: string): ChapterState {
  return useClientSnapshot(subscribe, () => getChapterState(slug), serverState);
}

export function useDoneChapters(slugs: readonly string[]): string[] {
  const key = useClientSnapshot(subscribe, () => getDoneKey(slugs), serverKey);
  return key ? key.split(' ') : [];
}
