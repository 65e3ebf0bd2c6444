'use client';

import { scaleXClass } from '@/components/scale-x';
import { useEffect, useId, useRef, useState } from 'react';
import { describeProgress } from '@/lib/progress/marks';
import { resetProgress } from './progress-store';
import { useHydrated } from '../use-hydrated';
import { useDoneChapters } from './use-progress';

type Props = { slugs: readonly string[] };

// "6장 중 2장 완료", a bar, and a reset that asks first (it also clears the quizzes' answers).
export function ProgressSummary({ slugs }: Props) {
  const hydrated = useHydrated();
  const done = useDoneChapters(slugs).length;
  const [confirming, setConfirming] = useState(false);
  const [resetDone, setResetDone] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // Where focus goes once the confirmation has closed: back to the button, or (after a reset, when
  // the button is gone) to the count that now reads 0.
  const focusNext = useRef<'reset' | 'count' | null>(null);
  const questionId = useId();
  useEffect(() => {
    if (focusNext.current === 'reset') resetButton.current?.focus();
    if (focusNext.current === 'count') statusRef.current?.focus();
    focusNext.current = null;
  });
  const percent = slugs.length === 0 ? 0 : Math.round((done / slugs.length) * 100);

  return (
    <div className={`mt-4 max-w-xl ${hydrated ? '' : 'invisible'}`} aria-hidden={hydrated ? undefined : true}>
      <div className="flex min-h-9 flex-wrap items-center gap-x-4 gap-y-2">
        <p ref={statusRef} tabIndex={-1} className="font-semibold text-fg">
          {describeProgress(done, slugs.length)}
        </p>
        {done > 0 && !confirming && (
          <button
            ref={resetButton}
            type="button"
            onClick={() => {
              setResetDone(false);
              setConfirming(true);
            }}
            className="rounded-lg border border-line px-3 py-1 text-sm font-medium text-muted hover:border-accent hover:text-fg"
          >
            진도 초기화
          </button>
        )}
      </div>
      <div aria-hidden="true" className="mt-2 h-2 overflow-hidden rounded-full bg-surface">
        <div className={`h-full origin-left bg-ok ${scaleXClass(percent / 100)}`} />
      </div>
      {confirming && (
        <div role="group" aria-labelledby={questionId} className="mt-4 rounded-xl border border-warn bg-warn-soft px-4 py-3">
          <p id={questionId} className="text-fg">
            모든 장의 완료 표시와 확인 문제 답을 지울까요? 되돌릴 수 없습니다.
          </p>
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              // Opened by choice, so focus moves in; the safe answer is the one under it.
              autoFocus
              onClick={() => {
                focusNext.current = 'reset';
                setConfirming(false);
              }}
              className="rounded-lg border border-line bg-bg px-3 py-1.5 text-sm font-semibold text-fg hover:border-accent"
            >
              취소
            </button>
            <button
              type="button"
              onClick={() => {
                resetProgress(slugs);
                focusNext.current = 'count';
                setConfirming(false);
                setResetDone(true);
              }}
              className="rounded-lg border border-warn bg-bg px-3 py-1.5 text-sm font-semibold text-fg hover:bg-warn-soft"
            >
              지우기
            </button>
          </div>
        </div>
      )}
      <p role="status" className="sr-only">
        {resetDone ? '진도를 초기화했습니다.' : ''}
      </p>
    </div>
  );
}
