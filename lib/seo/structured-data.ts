import { absoluteUrl, site } from '../site';

// schema.org structured data for search engines, rendered as JSON-LD data blocks: browsers do not
// execute them, so they stay allowed under a strict Content Security Policy without a hash.

type ChapterInfo = { slug: string; number: number; title: string; description: string };

const provider = { '@type': 'Organization', name: site.name, url: absoluteUrl('/') } as const;

export function courseJsonLd(chapters: readonly ChapterInfo[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': absoluteUrl('/#course'),
    name: site.name,
    description: site.description,
    url: absoluteUrl('/'),
    inLanguage: 'ko',
    isAccessibleForFree: true,
    educationalLevel: '입문',
    about: ['도커', '쿠버네티스', '컨테이너'],
    provider,
    hasCourseInstance: { '@type': 'CourseInstance', courseMode: 'online', courseWorkload: `PT${chapters.length}H` },
    hasPart: chapters.map((chapter) => ({
      '@type': 'LearningResource',
      name: chapter.title,
      url: absoluteUrl(`/learn/${chapter.slug}`),
      position: chapter.number,
    })),
  };
}

export function learningResourceJsonLd(chapter: ChapterInfo) {
  const url = absoluteUrl(`/learn/${chapter.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    '@id': `${url}#chapter`,
    name: chapter.title,
    headline: chapter.title,
    description: chapter.description,
    url,
    inLanguage: 'ko',
    isAccessibleForFree: true,
    learningResourceType: '강의',
    educationalLevel: '입문',
    position: chapter.number,
    image: `${url}/opengraph-image`,
    isPartOf: { '@type': 'Course', '@id': absoluteUrl('/#course'), name: site.name, url: absoluteUrl('/') },
    provider,
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. `<` is escaped so no string in the data
 * (a title containing "</script>") can end the block early.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
