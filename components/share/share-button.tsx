'use client';

import { ShareIcon } from '@/components/icons';
import { useState } from 'react';
import { useHydrated } from '../use-hydrated';
import { copyText, pageUrl } from './clipboard';

type Status = 'idle' | 'copied' | 'failed';

/**
 * Shares the chapter through the system share sheet where the browser has one (phones), and copies
 * its link elsewhere. Without JavaScript it could do nothing, so it appears only once it works.
 */
export function ShareButton({ title }: { title: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<Status>('idle');
  if (!hydrated) return null;

  async function share() {
    const url = pageUrl();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the sheet: that is an answer, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setStatus((await copyText(url)) ? 'copied' : 'failed');
  }

  return (
    <span className="share-control inline-flex items-center">
      <button
        type="button"
        onClick={share}
        onBlur={() => setStatus('idle')}
        className="inline-flex items-center gap-1.5 rounded-lg border border-line px-3 py-1.5 text-sm font-medium text-muted hover:bg-surface hover:text-fg"
      >
        <ShareIcon className="size-4" />
        {status === 'copied' ? '링크 복사됨' : '이 장 공유'}
      </button>
      <span role="status" className="sr-only">
        {status === 'copied'
          ? '이 장의 링크를 클립보드에 복사했습니다.'
          : status === 'failed'
            ? '링크를 복사하지 못했습니다. 주소창의 주소를 복사해 주세요.'
            : ''}
      </span>
    </span>
  );
}
