import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getChapterMetas } from '@/lib/content/chapters';

export const metadata: Metadata = { title: '페이지를 찾을 수 없습니다' };

export default async function NotFound() {
  const chapters = await getChapterMetas();
  return (
    <>
      <SiteHeader chapters={chapters} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6 sm:py-24">
        <p className="font-semibold text-accent-strong">404</p>
        <h1 className="mt-2 text-3xl font-bold text-fg sm:text-4xl">페이지를 찾을 수 없습니다</h1>
        <p className="mt-4 text-lg text-muted">
          주소가 바뀌었거나 잘못 입력되었을 수 있습니다. 처음 화면으로 돌아가거나 아래 목차에서 읽을 장을 골라 주세요.
        </p>
        <p className="mt-6">
          <SiteLink href="/" className="font-semibold text-accent-strong underline underline-offset-4">
            처음 화면으로 돌아가기
          </SiteLink>
        </p>
        <h2 className="mt-12 text-xl font-bold text-fg">강의 목차</h2>
        <ol className="mt-4 space-y-2">
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              <SiteLink href={`/learn/${chapter.slug}`} className="text-accent-strong underline underline-offset-4">
                {chapter.number}. {chapter.title}
              </SiteLink>
            </li>
          ))}
        </ol>
      </main>
      <SiteFooter />
    </>
  );
}
