'use client';

import { useRef, useState } from 'react';
import { useHydrated } from '../use-hydrated';

export function CopyButton() {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ref = useRef<HTMLButtonElement>(null);
  // Without JavaScript the button could do nothing, so it appears only once it works.
  if (!hydrated) return null;

  async function copy() {
    const code = ref.current?.closest('[data-code-block]')?.querySelector('pre code')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <>
      <button
        ref={ref}
        type="button"
        onClick={copy}
        onBlur={() => setStatus('idle')}
        className="rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-bg hover:text-fg"
      >
        {status === 'copied' ? '복사됨' : '코드 복사'}
      </button>
      <span role="status" className="sr-only">
        {status === 'copied'
          ? '코드를 클립보드에 복사했습니다.'
          : status === 'failed'
            ? '복사하지 못했습니다. 코드를 직접 선택해 복사해 주세요.'
            : ''}
      </span>
    </>
  );
}
