import type { MetadataRoute } from 'next';
import { chapterSlugs } from '@/content/manifest';
import { absoluteUrl } from '@/lib/site';

// Written once at build time, so a static export serves it as a plain file.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl('/'), changeFrequency: 'monthly', priority: 1 },
    ...chapterSlugs.map((slug) => ({ url: absoluteUrl(`/learn/${slug}`), changeFrequency: 'monthly' as const, priority: 0.8 })),
    { url: absoluteUrl('/glossary'), changeFrequency: 'monthly', priority: 0.5 },
  ];
}
