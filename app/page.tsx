import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { JsonLd } from '@/components/seo/json-ld';
import { DoneMark } from '@/components/progress/done-mark';
import { ContinueReading } from '@/components/progress/continue-reading';
import { ProgressSummary } from '@/components/progress/progress-summary';
import { getChapterMetas } from '@/lib/content/chapters';
import { courseJsonLd } from '@/lib/seo/structured-data';
import { openGraphDefaults, site } from '@/lib/site';

export const metadata: Metadata = {
  alternates: { canonical: '/' },
  openGraph: { ...openGraphDefaults, type: 'website', url: '/', title: site.name, description: site.description },
};

export default async function HomePage() {
  const chapters = await getChapterMetas();
  return (
    <>
      <JsonLd data={courseJsonLd(chapters)} />
      <SiteHeader chapters={chapters} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-12 sm:px-6 sm:py-20">
        <section aria-labelledby="intro-title" className="max-w-3xl">
          <p className="font-semibold text-accent-strong">도커와 쿠버네티스 입문</p>
          <h1 id="intro-title" className="mt-3 text-4xl leading-tight font-bold tracking-tight text-fg sm:text-5xl">
            {site.name}
          </h1>
          <p className="mt-6 text-lg text-muted sm:text-xl">
            “내 컴퓨터에서는 되는데 동료 컴퓨터에서는 안 돼요.” 이 말을 해 본 적이 있다면 잘 오셨습니다. 여섯 장에 걸쳐 도커가 이
            문제를 어떻게 해결하는지, 컨테이너가 실제로 무엇인지, 쿠버네티스가 수많은 컨테이너를 어떻게 지휘하는지 차근차근
            배웁니다.
          </p>
          <ContinueReading
            chapters={chapters}
            className="mt-8 inline-flex items-center rounded-xl bg-accent-strong px-5 py-3 font-semibold text-bg hover:opacity-90"
          />
        </section>
        <section aria-labelledby="chapters-title" className="mt-16">
          <h2 id="chapters-title" className="text-2xl font-bold text-fg">
            강의 목차
          </h2>
          <ProgressSummary slugs={chapters.map((chapter) => chapter.slug)} />
          <ol className="mt-6 grid gap-4 sm:grid-cols-2">
            {chapters.map((chapter) => (
              <li key={chapter.slug}>
                <SiteLink
                  href={`/learn/${chapter.slug}`}
                  className="flex h-full flex-col rounded-2xl border border-line p-5 hover:border-accent hover:bg-surface"
                >
                  <span className="flex items-center justify-between gap-2">
                    <span className="text-sm font-semibold text-accent-strong">{chapter.number}장</span>
                    <DoneMark slug={chapter.slug} variant="badge" />
                  </span>
                  <span className="mt-1 text-lg font-bold text-fg">{chapter.title}</span>
                  <span className="mt-2 text-muted">{chapter.description}</span>
                </SiteLink>
              </li>
            ))}
          </ol>
        </section>
      </main>
      <SiteFooter />
    </>
  );
}
