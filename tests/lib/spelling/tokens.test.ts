import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codePlaceholder, extractProse } from '@/lib/content/prose';
import { compileMdx } from '@/lib/mdx/compile';
import { separateGlosses, tokenize } from '@/lib/spelling/tokens';

const kinds = (text: string) => tokenize(text).map((token) => `${token.kind}:${token.word}`);

describe('tokenize', () => {
  it('leaves Korean words whole for the dictionary', () => {
    expect(kinds('컨테이너를 실행합니다.')).toEqual(['korean:컨테이너를', 'korean:실행합니다']);
  });

  it('splits a particle off English, inline code and numbers', () => {
    expect(kinds(`Docker를 ${codePlaceholder}을 3.3이`)).toEqual(['latin:Docker', 'particle:를', 'particle:을', 'particle:이']);
  });

  it('checks the Hangul after a number as a word when it is not a particle', () => {
    expect(kinds('2014년에 250명')).toEqual(['korean:년에', 'korean:명']);
  });

  it('reads a Hangul particle after closing punctuation as a particle', () => {
    expect(kinds('‘이미지’라는 70%를')).toEqual(['korean:이미지', 'particle:라는', 'ignored:70', 'particle:를']);
  });

  it('but a non-particle after punctuation is still a word to check', () => {
    expect(kinds('“안녕”하세요')).toEqual(['korean:안녕', 'korean:하세요']);
  });

  it('keeps hyphenated names together', () => {
    expect(kinds('Hyper-V를')).toEqual(['latin:Hyper-V', 'particle:를']);
  });

  it('ignores addresses, domains and file names', () => {
    expect(kinds('docs.docker.com의 안내와 https://example.com/a')).toEqual([
      'particle:의',
      'korean:안내와',
      `ignored:${codePlaceholder}`,
    ]);
  });
});

describe('separateGlosses', () => {
  it('takes English in parentheses out of the Korean sentence', () => {
    expect(separateGlosses('컨테이너(container)를 씁니다')).toEqual({ text: '컨테이너를 씁니다', glosses: ['container'] });
  });
});

describe('extractProse', () => {
  it('keeps prose and JSX children, drops front matter, code, attributes and expressions', async () => {
    const source = [
      '---',
      'title: 제목입니다',
      '---',
      '',
      '## 제목 {/*heading*/}',
      '',
      '본문에서 `docker run`을 씁니다. [링크 글자](https://docs.docker.com/)',
      '',
      '<Callout title="속성은 빼고">안쪽 글은 넣습니다</Callout>',
      '',
      '```bash',
      'echo 코드는 빼고',
      '```',
    ].join('\n');
    const { inspected: blocks } = await compileMdx(source, {
      file: 'content/chapters/test.mdx',
      components: { Callout: { props: z.object({ title: z.string() }) } },
      inspect: extractProse,
    });
    const text = blocks.map((block) => block.text).join('|');
    expect(text).toBe(`제목|본문에서 ${codePlaceholder}을 씁니다. |안쪽 글은 넣습니다`);
    expect(blocks[1]?.linkText).toEqual([{ line: 7, text: '링크 글자' }]);
    expect(blocks[0]?.line).toBe(5);
  });
});
