import { describe, expect, it } from 'vitest';
import { componentProps } from '@/components/mdx/component-props';
import { extractChapterModel } from '@/lib/content/chapter-model';
import { compileMdx } from '@/lib/mdx/compile';
import { chapterDocuments, commandName, glossaryDocuments } from '@/lib/search/documents';

const source = `---
title: 예제
description: 예제 장의 설명입니다. 스무 글자를 넘겨야 합니다.
---

<Goals>
- 목표 하나
</Goals>

## 첫 절 {/*first*/}

\`docker run\`으로 **\`Dockerfile\`을** 실행합니다.

- 목록 하나
- 목록 둘

<Figure caption="그림 설명">
그림 안의 글
</Figure>

\`\`\`bash
echo 코드는 색인하지 않습니다
docker compose up --build -d
docker compose exec web bin/rails db:prepare
\`\`\`

\`\`\`shellsession
$ kubectl get pods
NAME   READY   STATUS
docker run 출력 줄은 명령이 아닙니다
\`\`\`

### 아래 절 {/*below*/}

아래 절의 글입니다.

## 확인 문제 {/*quiz*/}

문제는 색인하지 않습니다.

## 더 알아보기 {/*learn-more*/}

- [링크](https://example.com)
`;

// The documents are made from the tree the MDX pipeline parses, as in the build.
const { inspected: model } = await compileMdx(source, {
  file: 'content/chapters/sample.mdx',
  components: componentProps,
  inspect: extractChapterModel,
});

describe('search documents from a chapter', () => {
  const documents = chapterDocuments(
    { slug: 'sample', number: 2, title: '예제', description: '예제 장의 설명입니다.' },
    model.nodes,
  );

  it('makes one document for the opening and one per h2/h3, skipping the quiz and links', () => {
    expect(documents.map((doc) => [doc.id, doc.url, doc.title])).toEqual([
      ['sample', '/learn/sample', '예제'],
      ['sample#first', '/learn/sample#first', '첫 절'],
      ['sample#below', '/learn/sample#below', '아래 절'],
    ]);
    expect(documents.every((doc) => doc.place === '2장 예제')).toBe(true);
  });

  it('keeps prose, inline code and captions; drops code blocks and heading id comments', () => {
    expect(documents[0]?.text).toBe('예제 장의 설명입니다. 목표 하나');
    expect(documents[1]?.text).toBe('docker run으로 Dockerfile을 실행합니다. 목록 하나 목록 둘 그림 설명 그림 안의 글');
    expect(documents[1]?.keywords).toBe('first');
    expect(documents.some((doc) => doc.text.includes('코드는') || doc.text.includes('문제는'))).toBe(false);
  });

  it('names the commands its shell blocks run, without their arguments or output', () => {
    expect(documents[1]?.commands).toBe('docker compose up docker compose exec kubectl get pods');
    expect(documents[2]?.commands).toBeUndefined();
  });

  it('reads a command line up to its first flag or argument', () => {
    expect(commandName('docker run --rm -p 3000:3000 myapp', false)).toBe('docker run');
    expect(commandName('docker tag myapp myteam/myapp:1.0', false)).toBe('docker tag myapp');
    expect(commandName('  kubectl rollout undo deployment/web', false)).toBe('kubectl rollout undo');
    expect(commandName('docker', false)).toBeUndefined();
    expect(commandName('cd myapp', false)).toBeUndefined();
    expect(commandName('$ docker ps', true)).toBe('docker ps');
    expect(commandName('docker ps', true)).toBeUndefined();
  });

  it('makes one document per glossary entry, without code marks', () => {
    const [entry] = glossaryDocuments([
      { id: 'tag', term: '태그', english: 'tag', definition: '`ruby:3.3`의 `3.3`이 태그입니다.' },
    ]);
    expect(entry).toEqual({
      id: 'glossary#tag',
      url: '/glossary#tag',
      place: '용어집',
      title: '태그 (tag)',
      keywords: 'tag',
      text: 'ruby:3.3의 3.3이 태그입니다.',
    });
  });
});
