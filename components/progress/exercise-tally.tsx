'use client';

import { useClientSnapshot } from '@/components/use-hydrated';
import { describeExercises } from '@/lib/progress/marks';
import { countDoneExercises, subscribe } from './progress-store';

const none = () => 0;

// Beside a chapter's done mark in the contents: how many of its exercises the reader has done,
// once at least one is (the server knows nothing of this reader, so it renders nothing).
export function ExerciseTally({ ids }: { ids: readonly string[] }) {
  const done = useClientSnapshot(subscribe, () => countDoneExercises(ids), none);
  if (done === 0 || ids.length === 0) return null;
  return (
    <span className="shrink-0 self-center rounded-full bg-surface px-1.5 text-xs font-semibold text-muted tabular-nums">
      <span aria-hidden="true">
        과제 {done}/{ids.length}
      </span>
      <span className="sr-only">{describeExercises(done, ids.length)}</span>
    </span>
  );
}
