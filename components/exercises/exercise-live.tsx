'use client';

import { useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { CheckIcon } from '@/components/icons';
import { exerciseCheck } from '@/lib/exercises/catalog';
import type { ExerciseId } from '@/lib/exercises/ids';
import { getUnsavedProgress, isExerciseDone, setExerciseDone, subscribe } from '@/components/progress/progress-store';
import { unsavedExerciseNotes } from '@/lib/progress/marks';
import { useHydrated } from '../use-hydrated';
import { observeState } from './observed-states';

type Props = { id: ExerciseId; title: string; hint: ReactNode; solution: ReactNode };

const notDone = () => false;

// A state of an unexpected shape (a simulation changed under a check) is "not done", never a crash.
function safely(passes: (state: unknown) => boolean, state: unknown): boolean {
  try {
    return passes(state);
  } catch {
    return false;
  }
}
const noNote = () => null;

/**
 * The exercise's status and its two disclosures. The check runs on every state its source (a
 * widget or a terminal on this page) publishes; the first that passes stores the exercise as done
 * with the reader's progress, and only that moment is announced. A done exercise stays done: the
 * reader may go on and change the simulation as they like.
 */
export function ExerciseLive({ id, title, hint, solution }: Props) {
  const hydrated = useHydrated();
  const done = useSyncExternalStore(subscribe, () => isExerciseDone(id), notDone);
  const unsaved = useSyncExternalStore(subscribe, getUnsavedProgress, noNote);
  const [doneNow, setDoneNow] = useState(false);

  useEffect(() => {
    const { source, done: passes } = exerciseCheck(id);
    return observeState(source.key, (state) => {
      if (isExerciseDone(id) || !safely(passes, state)) return;
      setExerciseDone(id);
      setDoneNow(true);
    });
  }, [id]);

  // On the server and until hydrated nothing here could work: the space stays, empty.
  if (!hydrated) return <div className="min-h-9" aria-hidden="true" />;
  return (
    <div className="not-prose space-y-3 pb-4 text-[0.9375rem]">
      <p className="flex flex-wrap items-center gap-2 text-fg">
        <span className="text-muted">상태:</span>
        {done ? (
          <span className="inline-flex h-6 items-center gap-1 rounded-full bg-ok-soft px-2 text-sm font-semibold text-ok">
            <CheckIcon />
            완료
          </span>
        ) : (
          <span className="inline-flex h-6 items-center rounded-full bg-surface px-2 text-sm font-semibold text-muted">
            미완료
          </span>
        )}
        <span className="text-sm text-muted">{done ? '이 브라우저에 기록했습니다.' : '해내면 저절로 완료로 바뀝니다.'}</span>
      </p>
      {done && unsaved && <p className="text-sm text-muted">{unsavedExerciseNotes[unsaved]}</p>}
      {hint !== null && <Disclosure label="힌트">{hint}</Disclosure>}
      {solution !== null && <Disclosure label="풀이">{solution}</Disclosure>}
      <p role="status" className="sr-only">
        {doneNow ? `실습 과제를 완료했습니다: ${title}` : ''}
      </p>
    </div>
  );
}

function Disclosure({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="inline-flex min-h-9 items-center gap-1.5 rounded-lg border border-line px-3 text-sm font-semibold text-fg hover:border-accent"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className={`size-4 transition-transform motion-reduce:transition-none ${open ? 'rotate-90' : ''}`}
          fill="currentColor"
        >
          <path d="M7 5l6 5-6 5z" />
        </svg>
        {label} 보기
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="prose mt-2 max-w-none prose-ko rounded-lg bg-surface px-4 py-1 text-[0.9375rem]"
      >
        {children}
      </div>
    </div>
  );
}
