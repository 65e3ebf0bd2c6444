import { SiteLink } from '@/components/site-link';
import { DoneMark } from '@/components/progress/done-mark';
import { ExerciseTally } from '@/components/progress/exercise-tally';
import { exercisesOf } from '@/lib/exercises/ids';

export type ChapterLink = { slug: string; number: number; title: string };

type Props = { chapters: readonly ChapterLink[]; currentSlug?: string };

export function ChapterNav({ chapters, currentSlug }: Props) {
  return (
    <nav aria-label="강의 목차">
      <p className="mb-3 text-sm font-semibold text-fg">강의 목차</p>
      <ol className="space-y-1">
        {chapters.map((chapter) => {
          const current = chapter.slug === currentSlug;
          return (
            <li key={chapter.slug}>
              <SiteLink
                href={`/learn/${chapter.slug}`}
                aria-current={current ? 'page' : undefined}
                className="flex gap-3 rounded-lg px-3 py-2 text-[0.9375rem] text-muted hover:bg-surface hover:text-fg aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold aria-[current=page]:text-accent-strong"
              >
                <span className="w-5 shrink-0 tabular-nums" aria-hidden="true">
                  {chapter.number}.
                </span>
                <span>{chapter.title}</span>
                {/* The exercises done beside the chapter's own mark (its quiz passed, or marked by hand). */}
                <span className="ml-auto flex shrink-0 items-center gap-1">
                  <ExerciseTally ids={exercisesOf(chapter.slug)} />
                  <DoneMark slug={chapter.slug} />
                </span>
              </SiteLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
