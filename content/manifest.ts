// The course order. Slugs are the public URLs (/learn/<slug>): readers share them, so they never change.
export const chapterSlugs = [
  'docker',
  'background',
  'container',
  'docker-hub',
  'docker-desktop',
  'kubernetes',
] as const;

export type ChapterSlug = (typeof chapterSlugs)[number];
