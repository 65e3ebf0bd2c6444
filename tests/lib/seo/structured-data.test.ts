import { describe, expect, it } from 'vitest';
import { courseJsonLd, learningResourceJsonLd, serializeJsonLd } from '@/lib/seo/structured-data';
import { site } from '@/lib/site';
import robots from '@/app/robots';
import sitemap from '@/app/sitemap';
import { chapterSlugs } from '@/content/manifest';

const chapters = [
  { slug: 'docker', number: 1, title: 'Docker란 무엇인가', description: '첫 장의 요약입니다.' },
  { slug: 'background', number: 2, title: '배경', description: '둘째 장의 요약입니다.' },
];

describe('structured data', () => {
  it('describes the course with its chapters in order, absolute URLs and a provider', () => {
    const course = courseJsonLd(chapters);
    expect(course).toMatchObject({ '@context': 'https://schema.org', '@type': 'Course', name: site.name, inLanguage: 'ko' });
    expect(course.provider.name).toBe(site.name);
    expect(course.hasPart.map((part) => [part.position, part.name])).toEqual([
      [1, 'Docker란 무엇인가'],
      [2, '배경'],
    ]);
    for (const part of course.hasPart) expect(part.url).toMatch(/^https?:\/\/[^/]+\/learn\/[a-z-]+$/);
  });

  it('describes a chapter as a learning resource that is part of the course', () => {
    const chapter = chapters[1]!;
    const resource = learningResourceJsonLd(chapter);
    expect(resource).toMatchObject({ '@type': 'LearningResource', name: '배경', description: chapter.description, position: 2 });
    expect(resource.isPartOf['@id']).toBe(courseJsonLd(chapters)['@id']);
    expect(new URL(resource.url).pathname).toBe('/learn/background');
  });

  it('cannot be closed early by text inside the data', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('sitemap and robots', () => {
  it('list the home page, every chapter and the glossary as absolute URLs', () => {
    const paths = sitemap().map((entry) => new URL(entry.url).pathname);
    expect(paths).toEqual(['/', ...chapterSlugs.map((slug) => `/learn/${slug}`), '/glossary']);
  });

  it('allow everything and point at the sitemap', () => {
    const result = robots();
    expect(result.rules).toEqual({ userAgent: '*', allow: '/' });
    expect(new URL(String(result.sitemap)).pathname).toBe('/sitemap.xml');
  });
});
