import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getChapterMetas } from '@/lib/content/chapters';

// The service worker answers with this page when the reader is offline and asks for an address it
// has not stored (lib/offline/sw.ts). Everything it links to is stored, so each link works offline.
export const metadata: Metadata = { title: '오프라인입니다', robots: { index: false, follow: false } };

export default async function OfflinePage() {
  const chapters = await getChapterMetas();
  return (
    <>
      <SiteHeader chapters={chapters} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6 sm:py-24">
        <p className="font-semibold text-accent-strong">오프라인</p>
        <h1 className="mt-2 text-3xl font-bold text-fg sm:text-4xl">인터넷에 연결되어 있지 않습니다</h1>
        <p className="mt-4 text-lg text-muted">
          이 주소는 아직 이 기기에 저장되지 않았습니다. 연결이 돌아오면 다시 열어 주세요. 한 번 방문한 뒤로는 아래의 모든 장과
          용어집, 검색을 연결 없이 읽을 수 있습니다.
        </p>
        <p className="mt-6">
          <SiteLink href="/" className="font-semibold text-accent-strong underline underline-offset-4">
            처음 화면으로 돌아가기
          </SiteLink>
        </p>
        <h2 className="mt-12 text-xl font-bold text-fg">저장된 강의</h2>
        <ol className="mt-4 space-y-2">
          {chapters.map((chapter) => (
            <li key={chapter.slug}>
              <SiteLink href={`/learn/${chapter.slug}`} className="text-accent-strong underline underline-offset-4">
                {chapter.number}. {chapter.title}
              </SiteLink>
            </li>
          ))}
          <li>
            <SiteLink href="/glossary" className="text-accent-strong underline underline-offset-4">
              용어집
            </SiteLink>
          </li>
        </ol>
      </main>
      <SiteFooter />
    </>
  );
}
