import { componentProps } from '@/components/mdx/component-props';
import { compileChapter } from '@/lib/content/compile-chapter';

// A small, valid chapter for tests of the build checks: the broken piece goes in `body` (from line
// 18 of the file) or replaces the quiz. It is far shorter than a real chapter, so tests pass
// `anyLength` unless they test the length rule.
export const bodyLine = 18;
export const anyLength = { length: { min: 0, max: Number.POSITIVE_INFINITY } };
export const figure = '<Figure caption="그림">\n\n그림 설명입니다.\n\n</Figure>';

const question = (id: string, answer = 'a') => `  <Question id="${id}" answer="${answer}">
    <Prompt>무엇일까요?</Prompt>
    <Choice value="a">첫째</Choice>
    <Explain value="a">맞습니다.</Explain>
    <Choice value="b">둘째</Choice>
    <Explain value="b">아닙니다.</Explain>
  </Question>`;

export const validQuiz = `<Quiz id="test">\n${['one', 'two', 'three'].map((id) => question(id)).join('\n')}\n</Quiz>`;

export function chapterSource({ body = '본문입니다.', quiz = validQuiz }: { body?: string; quiz?: string } = {}): string {
  return `---
title: 시험
description: 빌드 검사를 시험하는 문서이며 실제로 배포되지 않습니다.
---

<Goals>
- 목표
</Goals>

## 본문 {/*body*/}

${figure}

${body}

## 정리 {/*summary*/}

정리입니다.

## 확인 문제 {/*quiz*/}

${quiz}

## 더 알아보기 {/*learn-more*/}

- [Docker overview](https://docs.docker.com/get-started/docker-overview/): 도커 공식 문서입니다.
- [쿠버네티스 개요](https://kubernetes.io/ko/docs/concepts/overview/): 쿠버네티스 한국어 문서입니다.
`;
}

/** The line of the file on which `text` first appears. */
export function lineOf(source: string, text: string): number {
  return source.slice(0, source.indexOf(text)).split('\n').length;
}

/** The file every test chapter claims to be, and its frontmatter as the manifest would give it. */
export const file = 'content/chapters/test.mdx';
export const meta = { slug: 'test', number: 1, title: '시험', description: '빌드 검사를 시험하는 문서입니다.' };

/** A test chapter through the build's own pipeline and checks, with any length allowed. */
export const compile = (source: string) => compileChapter({ source, file, meta }, componentProps, anyLength);

/** The build error a broken test chapter fails with. */
export async function failureOf(source: string): Promise<string> {
  const error = await compile(source).then(
    () => undefined,
    (caught: Error) => caught,
  );
  if (!error) throw new Error('expected the chapter to fail the build');
  return error.message;
}
