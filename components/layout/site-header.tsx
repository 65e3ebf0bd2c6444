import { CloseIcon, MenuIcon } from '@/components/icons';
import { SiteLink } from '@/components/site-link';
import { site } from '@/lib/site';
import { SearchLauncher } from '@/components/search/search-launcher';
import { ChapterNav, type ChapterLink } from './chapter-nav';
import { ThemeToggle } from './theme-toggle';

type Props = { chapters: readonly ChapterLink[]; currentSlug?: string };

export function SiteHeader({ chapters, currentSlug }: Props) {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-bg/90 backdrop-blur supports-[backdrop-filter]:bg-bg/75 print:hidden">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4 sm:px-6">
        {/* A details menu works without JavaScript, which is all the chapter pages ship. */}
        <details className="group relative lg:hidden">
          <summary className="inline-flex size-10 cursor-pointer list-none items-center justify-center rounded-lg hover:bg-surface [&::-webkit-details-marker]:hidden">
            <span className="sr-only">강의 목차 메뉴</span>
            <MenuIcon className="size-5 group-open:hidden" />
            <CloseIcon className="hidden size-5 group-open:block" />
          </summary>
          <div className="fixed inset-x-0 top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b border-line bg-bg px-4 py-6 shadow-lg">
            <ChapterNav chapters={chapters} currentSlug={currentSlug} />
            {/* On phones the bar has no room for 용어집 next to search; it lives in this menu instead. */}
            <SiteLink
              href="/glossary"
              className="mt-4 block rounded-lg px-3 py-2 text-[0.9375rem] font-medium text-fg hover:bg-surface sm:hidden"
            >
              용어집
            </SiteLink>
          </div>
        </details>
        <SiteLink href="/" className="flex items-center gap-2 rounded-lg px-1 font-bold whitespace-nowrap text-fg">
          <LogoMark />
          <span>{site.name}</span>
        </SiteLink>
        <div className="ml-auto flex items-center gap-1">
          <SearchLauncher />
          <SiteLink
            href="/glossary"
            className="hidden rounded-lg px-3 py-2 text-sm font-medium text-muted hover:bg-surface hover:text-fg sm:block"
          >
            용어집
          </SiteLink>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

function LogoMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
      <rect x="3" y="16" width="8" height="7" rx="1.5" className="fill-accent" />
      <rect x="12" y="16" width="8" height="7" rx="1.5" className="fill-accent" opacity="0.75" />
      <rect x="21" y="16" width="8" height="7" rx="1.5" className="fill-accent" opacity="0.5" />
      <rect x="12" y="8" width="8" height="7" rx="1.5" className="fill-accent" opacity="0.9" />
      <path d="M2 25h28l-3 4H5z" className="fill-fg" />
    </svg>
  );
}
