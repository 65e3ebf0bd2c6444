import type { Metadata } from 'next';
import { chapterSlugs } from '@/content/manifest';
import { ChapterNav } from '@/components/layout/chapter-nav';
import { Pager } from '@/components/layout/pager';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { KeepLinkedSectionInView } from '@/components/layout/keep-linked-section';
import { MarkCurrentSection } from '@/components/layout/mark-current-section';
import { TableOfContents } from '@/components/layout/table-of-contents';
import { GlossaryPopover } from '@/components/glossary/glossary-popover';
import { MdxContent } from '@/components/mdx/mdx-content';
import { JsonLd } from '@/components/seo/json-ld';
import { HeadingLinkCopier } from '@/components/share/heading-link-copier';
import { ShareButton } from '@/components/share/share-button';
import { MarkDone } from '@/components/progress/mark-done';
import { componentProps } from '@/components/mdx/component-props';
import { getChapterMetas, getNeighbours, isChapterSlug, loadChapter } from '@/lib/content/chapters';
import { notFound } from 'next/navigation';
import { learningResourceJsonLd } from '@/lib/seo/structured-data';
import { absoluteUrl, openGraphDefaults, site, twitterDefaults } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return chapterSlugs.map((slug) => ({ slug }));
}

async function getChapter(slug: string) {
  if (!isChapterSlug(slug)) notFound();
  return loadChapter(slug, componentProps);
}

export async function generateMetadata({ params }: PageProps<'/learn/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const chapter = await getChapter(slug);
  const url = `/learn/${chapter.slug}`;
  return {
    title: chapter.title,
    description: chapter.description,
    alternates: { canonical: url },
    openGraph: { ...openGraphDefaults, type: 'article', url, title: chapter.title, description: chapter.description },
    twitter: { ...twitterDefaults, title: chapter.title, description: chapter.description },
  };
}

export default async function ChapterPage({ params }: PageProps<'/learn/[slug]'>) {
  const { slug } = await params;
  const [chapter, chapters] = await Promise.all([getChapter(slug), getChapterMetas()]);
  const { previous, next } = getNeighbours(chapters, chapter.slug);

  return (
    <>
      <JsonLd data={learningResourceJsonLd(chapter)} />
      <SiteHeader chapters={chapters} currentSlug={chapter.slug} />
      <div className="mx-auto max-w-7xl px-4 sm:px-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10 print:block print:max-w-none print:px-0">
        <div className="hidden lg:block print:hidden">
          {/* The chapter's contents sit under the chapters, so the column beside the prose is free for
              widgets that need the width (.widget-wide). */}
          <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] space-y-8 overflow-y-auto py-10">
            <ChapterNav chapters={chapters} currentSlug={chapter.slug} />
            <TableOfContents toc={chapter.toc} />
          </div>
        </div>
        <main id="main" className="@container min-w-0 py-10 print:py-0">
          <article className="mx-auto max-w-[42rem]">
            <header className="mb-8">
              <p className="text-sm font-semibold text-accent-strong">{chapter.number}장</p>
              <h1 className="mt-2 text-3xl leading-tight font-bold tracking-tight text-fg sm:text-4xl">{chapter.title}</h1>
              <p className="mt-4 text-lg text-muted">{chapter.description}</p>
              {/* On paper the address is the link: where the printed chapter lives online. */}
              <p className="mt-3 hidden text-sm text-muted print:block">{absoluteUrl(`/learn/${chapter.slug}`)}</p>
              <div className="mt-4 min-h-9 print:hidden">
                <ShareButton title={`${chapter.title} | ${site.name}`} />
              </div>
            </header>
            <HeadingLinkCopier />
            <KeepLinkedSectionInView />
            <MarkCurrentSection />
            <GlossaryPopover />
            {chapter.toc.length > 0 && (
              <details className="mb-8 rounded-xl border border-line px-4 py-3 lg:hidden print:hidden">
                <summary className="cursor-pointer font-semibold text-fg">이 장의 내용</summary>
                <div className="mt-3">
                  <TableOfContents toc={chapter.toc} />
                </div>
              </details>
            )}
            <div className="prose max-w-none prose-ko sm:prose-lg">
              <MdxContent code={chapter.code} />
            </div>
            <MarkDone slug={chapter.slug} />
            <Pager previous={previous} next={next} />
          </article>
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
