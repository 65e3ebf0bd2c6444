import type { Metadata } from 'next';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { TextWithCode } from '@/components/glossary/inline-code';
import { glossary } from '@/content/glossary';
import { getChapterMetas } from '@/lib/content/chapters';
import { openGraphDefaults, twitterDefaults } from '@/lib/site';
import { glossaryDescription as description, glossaryTitle as title } from './copy';

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: '/glossary' },
  openGraph: { ...openGraphDefaults, type: 'website', url: '/glossary', title, description },
  twitter: { ...twitterDefaults, title, description },
};

export default async function GlossaryPage() {
  const chapters = await getChapterMetas();
  return (
    <>
      <SiteHeader chapters={chapters} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
        <h1 className="text-3xl leading-tight font-bold tracking-tight text-fg sm:text-4xl">{title}</h1>
        <p className="mt-4 text-lg text-muted">
          강의에서 쓰는 용어를 모았습니다. 용어는 쿠버네티스 한국어 문서의 번역 규칙을 따르므로, 공식 문서를 읽을 때도 같은 말을
          만나게 됩니다. 각 장에서 용어가 처음 나오는 곳은 이 페이지로 연결됩니다.
        </p>
        <dl className="mt-10 divide-y divide-line border-y border-line">
          {glossary.map((entry) => (
            <div key={entry.id} id={entry.id} className="py-5 target:bg-accent-soft sm:px-2">
              <dt className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-lg font-bold text-fg">{entry.term}</span>
                {entry.english !== entry.term && (
                  <span lang="en" className="text-muted">
                    {entry.english}
                  </span>
                )}
                <a href={`#${entry.id}`} className="ml-auto rounded px-1 text-sm text-muted hover:text-accent-strong">
                  <span aria-hidden="true">#</span>
                  <span className="sr-only">{`‘${entry.term}’ 항목 링크`}</span>
                </a>
              </dt>
              <dd className="mt-2 leading-7 text-fg">
                <TextWithCode text={entry.definition} />
              </dd>
            </div>
          ))}
        </dl>
      </main>
      <SiteFooter />
    </>
  );
}
