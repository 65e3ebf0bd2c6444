import type { ChapterSlug } from '@/content/manifest';

// Every exercise (실습 과제) by chapter, in reading order. Only the names: the build checks MDX's
// `<Exercise id>` against them and the sidebar counts them without loading any check's code
// (lib/exercises/catalog.ts has the checks, loaded with the exercise when the reader nears it).
export const chapterExercises = {
  docker: ['docker-works-everywhere', 'docker-web-server', 'docker-clean-up'],
  background: ['background-shared-kernel', 'background-fill-host'],
  container: ['container-two-ports', 'container-last-layer'],
  'docker-hub': ['docker-hub-share', 'docker-hub-update'],
  'docker-desktop': ['docker-desktop-nginx-page', 'docker-desktop-team-everywhere', 'docker-desktop-compose-up'],
  kubernetes: ['kubernetes-scale', 'kubernetes-self-healing', 'kubernetes-bad-rollout'],
} as const satisfies Record<ChapterSlug, readonly string[]>;

export type ExerciseId = (typeof chapterExercises)[ChapterSlug][number];

export const exerciseIds = Object.values(chapterExercises).flat() as ExerciseId[];

/** The exercise's element id: a link target ("#exercise-container-two-ports"). */
export const exerciseAnchor = (id: string) => `exercise-${id}`;

/** A chapter's exercises by its slug as a page has it (a string), none for a slug not in the course. */
export function exercisesOf(slug: string): readonly ExerciseId[] {
  return (chapterExercises as Readonly<Record<string, readonly ExerciseId[]>>)[slug] ?? [];
}
