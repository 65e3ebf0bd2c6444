'use client';

import { useEffect, useState } from 'react';
import { copyText, pageUrl } from './clipboard';

/**
 * One listener for every heading anchor on the page (components/mdx/heading.tsx): following a `#`
 * link still jumps to the section as it does without JavaScript, and now also copies the section's
 * full address, confirmed beside the link and announced to screen readers.
 */
export function HeadingLinkCopier() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function onClick(event: MouseEvent) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.heading-anchor');
      if (!anchor) return;
      const hash = anchor.getAttribute('href') ?? '';
      // The link's own hidden name, e.g. "‘레이어와 캐시’ 절 링크".
      const name = anchor.querySelector('.sr-only')?.textContent ?? '절 링크';
      const ok = await copyText(`${pageUrl()}${hash}`);
      document.querySelectorAll('a.heading-anchor[data-copied]').forEach((a) => a.removeAttribute('data-copied'));
      if (ok) anchor.setAttribute('data-copied', '');
      setMessage(ok ? `${name}를 복사했습니다.` : '링크를 복사하지 못했습니다. 주소창의 주소를 복사해 주세요.');
      clearTimeout(timer);
      timer = setTimeout(() => {
        anchor.removeAttribute('data-copied');
        setMessage('');
      }, 3000);
    }
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      clearTimeout(timer);
    };
  }, []);

  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
