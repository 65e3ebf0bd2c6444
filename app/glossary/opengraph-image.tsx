import { ogSize, renderOgCard } from '@/components/og/og-card';
import { glossaryDescription, glossaryTitle } from './copy';

// A page that sets its own openGraph does not inherit the root's image, so the glossary has its own.
export const dynamic = 'force-static';
export const size = ogSize;
export const contentType = 'image/png';
export const alt = '컨테이너 배움터 용어집';

export default function Image() {
  return renderOgCard({ kicker: '도커와 쿠버네티스 용어 풀이', title: glossaryTitle, description: glossaryDescription });
}
