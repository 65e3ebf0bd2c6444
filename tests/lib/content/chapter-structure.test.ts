import { describe, expect, it } from 'vitest';
import { componentProps } from '@/components/mdx/component-props';
import { chapterLength } from '@/lib/content/chapter-length';
import { checkQuiz } from '@/lib/content/checks/check-quiz';
import { checkStructure } from '@/lib/content/checks/check-structure';
import { compileChapter } from '@/lib/content/compile-chapter';
import { countHangul } from '@/lib/content/prose';
import { chapters } from './chapter-files';
import { chapterSource, failureOf, figure, file, lineOf, meta, validQuiz } from './chapter-source';

// What every chapter promises its reader (issue 3) is checked by the build itself
// (lib/content/checks/): these tests feed the same checks broken chapters, and read the real ones.

const question = (id: string, body: string) => `  <Question id="${id}" answer="a">\n${body}\n  </Question>`;
const choices = '    <Choice value="a">첫째</Choice>\n    <Explain value="a">맞습니다.</Explain>\n    <Choice value="b">둘째</Choice>\n    <Explain value="b">아닙니다.</Explain>';
const quizOf = (...questions: string[]) => `<Quiz id="test">\n${questions.join('\n')}\n</Quiz>`;

describe('the real chapters', () => {
  it.each(chapters.map((chapter) => [chapter.file, chapter] as const))('%s keeps every structure rule', (_, chapter) => {
    expect(checkStructure(chapter.file, chapter.model).map((problem) => problem.message)).toEqual([]);
    expect(checkQuiz(chapter.file, chapter.slug, chapter.model).map((problem) => problem.message)).toEqual([]);
    const length = countHangul(chapter.model.prose);
    expect(length).toBeGreaterThanOrEqual(chapterLength.min);
    expect(length).toBeLessThanOrEqual(chapterLength.max);
  });
});

describe('the order of a chapter', () => {
  it('fails when the learning goals do not come first', async () => {
    const source = chapterSource().replace('<Goals>', '첫 문단입니다.\n\n<Goals>');
    expect(await failureOf(source)).toContain(`${file}:${lineOf(source, '첫 문단')}: opening: a chapter opens with <Goals> (found <paragraph>)`);
  });

  it('fails when the closing sections are out of order', async () => {
    const source = chapterSource().replace('## 정리 {/*summary*/}', '## 요약 {/*recap*/}');
    expect(await failureOf(source)).toContain(
      `${file}:${lineOf(source, '## 요약')}: closing sections: a chapter ends with the sections summary, quiz, learn-more in that order (its last are: recap, quiz, learn-more)`,
    );
  });

  it('fails when 더 알아보기 links outside the official documentation', async () => {
    const source = chapterSource().replace('https://kubernetes.io/ko/docs/concepts/overview/', 'https://example.com/k8s');
    expect(await failureOf(source)).toContain(`${file}:${lineOf(source, 'https://example.com/k8s')}: learn-more link (https://example.com/k8s): must point at docs.docker.com, kubernetes.io/ko or learn.microsoft.com/ko-kr`);
  });

  it('fails a chapter without a still figure', async () => {
    expect(await failureOf(chapterSource().replace(figure, ''))).toContain(`${file}:1: figure: a chapter has at least one still figure`);
  });
});

describe('the quiz of a chapter', () => {
  it.each([
    ['too few questions', quizOf(question('one', `    <Prompt>물음</Prompt>\n${choices}`)), '<Quiz id="test">', '<Quiz>: has 1 questions; a quiz has 3–5'],
    ['a question without a prompt', validQuiz.replace('<Prompt>무엇일까요?</Prompt>', ''), '<Question id="one"', '<Question id="one">: needs exactly one <Prompt> (found 0)'],
    ['a choice without an explanation', validQuiz.replace('<Explain value="b">아닙니다.</Explain>', ''), '<Choice value="b">', '<Choice value="b">: has no <Explain> with the same value'],
    ['an explanation of no choice', validQuiz.replace('<Explain value="b">', '<Explain value="c">'), '<Explain value="c">', '<Explain value>: "c" explains no <Choice> of <Question id="one">'],
    ['a question id used twice', validQuiz.replace('id="two"', 'id="one"'), '<Question id="one" answer="a">\n    <Prompt>무엇일까요?</Prompt>\n    <Choice value="a">첫째</Choice>\n    <Explain value="a">맞습니다.</Explain>\n    <Choice value="b">둘째</Choice>\n    <Explain value="b">아닙니다.</Explain>\n  </Question>\n  <Question id="one"', '<Question id>: "one" is used twice in this quiz'],
  ])('fails on %s', async (_, quiz, at, reason) => {
    const source = chapterSource({ quiz });
    const line = lineOf(source, at) + at.split('\n').length - 1;
    expect(await failureOf(source)).toContain(`${file}:${line}: ${reason}`);
  });
});

describe('the length of a chapter', () => {
  it(`fails outside ${chapterLength.min}–${chapterLength.max} Hangul syllables, naming the bound's one place`, async () => {
    const source = chapterSource();
    const error = await compileChapter({ source, file, meta }, componentProps).then(() => undefined, (caught: Error) => caught);
    expect(error?.message).toMatch(/content\/chapters\/test\.mdx: length: \d+ Hangul syllables of prose; a chapter has 2,500–6,500 \(lib\/content\/chapter-length\.ts\)/);
  });
});
