import { ogSize, renderOgCard } from '@/components/og/og-card';
import { site } from '@/lib/site';

export const dynamic = 'force-static';
export const size = ogSize;
export const contentType = 'image/png';
export const alt = `${site.name}: 도커와 쿠버네티스 입문 강의`;

export default function Image() {
  return renderOgCard({ kicker: '도커와 쿠버네티스 입문 · 여섯 장', title: site.name, description: site.description });
}
