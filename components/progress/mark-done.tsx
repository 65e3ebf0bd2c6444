'use client';

import { CheckIcon } from '@/components/icons';
import { setMarked } from './progress-store';
import { useHydrated } from '../use-hydrated';
import { useChapterState } from './use-progress';

// At the end of a chapter: the reader can say "I've read this" without taking the quiz. A passed
// quiz already counts, so then there is nothing to press.
export function MarkDone({ slug }: { slug: string }) {
  const hydrated = useHydrated();
  const state = useChapterState(slug);
  const message =
    state === 'quiz'
      ? '확인 문제를 모두 맞혀 이 장을 마쳤습니다.'
      : state === 'marked'
        ? '이 장을 완료로 표시했습니다.'
        : '이 장을 다 읽었다면 완료로 표시해 두세요.';
  return (
    <section
      aria-label="이 장의 진도"
      className="not-prose mt-12 flex flex-wrap items-center gap-3 rounded-xl border border-line px-4 py-3 text-[0.9375rem] print:hidden"
    >
      <p role="status" className="min-w-0 flex-1 text-fg">
        <span className="hidden js:inline">{message}</span>
        <noscript>진도는 이 브라우저에 저장하는데, 자바스크립트가 꺼져 있어 완료 표시를 할 수 없습니다.</noscript>
      </p>
      {/* Without JavaScript the button could do nothing: until then it only holds its place. */}
      {state !== 'quiz' && (
        <button
          type="button"
          aria-pressed={state === 'marked'}
          aria-hidden={hydrated ? undefined : true}
          tabIndex={hydrated ? undefined : -1}
          onClick={() => setMarked(slug, state !== 'marked')}
          className={`inline-flex h-9 items-center gap-1.5 rounded-lg border px-3 text-sm font-semibold aria-pressed:border-ok aria-pressed:bg-ok-soft aria-pressed:text-ok ${hydrated ? 'border-line text-fg hover:border-accent' : 'invisible'}`}
        >
          {state === 'marked' && <CheckIcon />}
          완료로 표시
        </button>
      )}
    </section>
  );
}
