'use client';

import { SiteLink } from '@/components/site-link';
import type { ChapterLink } from '@/components/layout/chapter-nav';
import { useDoneChapters } from './use-progress';

type Props = { chapters: readonly ChapterLink[]; className?: string };

// The home page's first link: 1장부터 for a new reader (and on the server, which knows no reader),
// the first chapter not yet done once a reader has started, and 1장 again after the last.
export function ContinueReading({ chapters, className }: Props) {
  const done = new Set(useDoneChapters(chapters.map((chapter) => chapter.slug)));
  const first = chapters[0];
  if (!first) return null;
  const next = chapters.find((chapter) => !done.has(chapter.slug));
  const [href, label] =
    done.size === 0 || !next
      ? [`/learn/${first.slug}`, done.size === 0 ? '1장부터 시작하기' : '모든 장을 마쳤습니다 · 1장부터 다시 읽기']
      : [`/learn/${next.slug}`, `이어서 읽기: ${next.number}장`];
  return (
    <SiteLink href={href} className={className}>
      {label}
    </SiteLink>
  );
}
