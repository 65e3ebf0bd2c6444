import { describe, expect, it } from 'vitest';
import { stringAttribute } from '@/lib/content/chapter-model';
import { countHangul } from '@/lib/content/prose';
import { chapterExercises } from '@/lib/exercises/ids';
import { chapters } from '../content/chapter-files';
import { bodyLine, chapterSource, compile, failureOf, file } from '../content/chapter-source';

// The chapters place every exercise exactly once, in the chapter lib/exercises/ids.ts gives it
// (the sidebar counts from that list), and the build refuses an exercise it has no check for.

describe('exercises in the chapters', () => {
  for (const chapter of chapters) {
    it(`${chapter.file} has exactly its own exercises, in order`, () => {
      const placed = chapter.model.elements
        .filter((element) => element.name === 'Exercise')
        .map((element) => stringAttribute(element, 'id'));
      expect(placed).toEqual(chapterExercises[chapter.slug as keyof typeof chapterExercises]);
    });
  }

  it('are spell-checked prose but not counted in the chapter’s reading length', () => {
    const kubernetes = chapters.find((chapter) => chapter.slug === 'kubernetes');
    const practice = kubernetes?.model.prose.filter((block) => block.practice) ?? [];
    expect(practice.length).toBeGreaterThan(0);
    expect(practice.some((block) => block.text.includes('롤백'))).toBe(true);
    expect(countHangul(practice)).toBe(0);
  });
});

describe('the <Exercise> component in the build', () => {
  const exercise = (attributes: string) => `<Exercise ${attributes}>\n\n과제를 해 보세요.\n\n</Exercise>`;

  it('compiles a known exercise with its hint and solution', async () => {
    const body = `<Exercise id="docker-web-server" title="웹 서버 두 대">\n\n과제입니다.\n\n<ExerciseHint>\n\n힌트입니다.\n\n</ExerciseHint>\n\n<ExerciseSolution>\n\n풀이입니다.\n\n</ExerciseSolution>\n\n</Exercise>`;
    await expect(compile(chapterSource({ body }))).resolves.toBeDefined();
  });

  it.each([
    [
      'an unknown exercise',
      exercise('id="docker-web-servr" title="웹 서버"'),
      '<Exercise id>: "docker-web-servr" is not one of:',
    ],
    ['no id', exercise('title="웹 서버"'), '<Exercise id>: undefined is not one of:'],
    ['no title', exercise('id="docker-web-server"'), '<Exercise title>: is required'],
    ['an empty title', exercise('id="docker-web-server" title=""'), '<Exercise title>: must not be empty'],
    ['an attribute it does not take', exercise('id="docker-web-server" title="웹" done'), '<Exercise done>: is not an attribute'],
  ])('fails on %s with the file, line and field', async (_, body, reason) => {
    expect(await failureOf(chapterSource({ body }))).toContain(`${file}:${bodyLine}: ${reason}`);
  });
});
