'use client';

import { CheckIcon } from '@/components/icons';
import { useChapterState } from './use-progress';

type Props = { slug: string; variant?: 'icon' | 'badge' };

// Always takes its space, so the check appearing after hydration moves nothing.
export function DoneMark({ slug, variant = 'icon' }: Props) {
  const done = useChapterState(slug) !== 'open';
  if (variant === 'badge') {
    return (
      <span
        className={`inline-flex h-6 items-center gap-1 rounded-full px-2 text-xs font-semibold ${done ? 'bg-ok-soft text-ok' : ''}`}
      >
        {done && (
          <>
            <CheckIcon />
            완료
          </>
        )}
      </span>
    );
  }
  return (
    <span className="ml-auto inline-flex size-5 shrink-0 items-center justify-center self-center text-ok">
      {done && (
        <>
          <CheckIcon />
          {/* A flex item, so browsers name the link "배경 완료" with a space between. */}
          <span className="sr-only">완료</span>
        </>
      )}
    </span>
  );
}
