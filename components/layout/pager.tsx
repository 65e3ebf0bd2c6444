import { SiteLink } from '@/components/site-link';
import type { ChapterLink } from './chapter-nav';

type Props = { previous?: ChapterLink; next?: ChapterLink };

export function Pager({ previous, next }: Props) {
  return (
    <nav aria-label="이전 장과 다음 장" className="mt-16 grid gap-4 border-t border-line pt-8 sm:grid-cols-2 print:hidden">
      {previous ? <PagerLink chapter={previous} direction="이전 장" /> : <span />}
      {next && <PagerLink chapter={next} direction="다음 장" alignEnd />}
    </nav>
  );
}

function PagerLink({ chapter, direction, alignEnd = false }: { chapter: ChapterLink; direction: string; alignEnd?: boolean }) {
  return (
    <SiteLink
      href={`/learn/${chapter.slug}`}
      rel={alignEnd ? 'next' : 'prev'}
      className={`group rounded-xl border border-line p-4 hover:border-accent ${alignEnd ? 'sm:text-right' : ''}`}
    >
      <span className="block text-sm text-muted">{direction}</span>
      <span className="mt-1 block font-semibold text-fg group-hover:text-accent-strong">
        {chapter.number}. {chapter.title}
      </span>
    </SiteLink>
  );
}
