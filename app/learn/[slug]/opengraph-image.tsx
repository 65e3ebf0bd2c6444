import { chapterSlugs } from '@/content/manifest';
import { ogSize, renderOgCard } from '@/components/og/og-card';
import { getChapterMetas } from '@/lib/content/chapters';

// Built once per chapter at build time; also what a static export writes out as files.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const size = ogSize;
export const contentType = 'image/png';
export const alt = '컨테이너 배움터: 이 장의 번호, 제목과 요약';

export function generateStaticParams() {
  return chapterSlugs.map((slug) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const chapter = (await getChapterMetas()).find((meta) => meta.slug === slug);
  if (!chapter) throw new Error(`No chapter "${slug}" for its preview image`);
  return renderOgCard({
    kicker: `${chapter.number}장 · 도커와 쿠버네티스 입문`,
    title: chapter.title,
    description: chapter.description,
  });
}
