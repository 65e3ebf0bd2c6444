import { describe, expect, it } from 'vitest';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';

const marked = (segments: Segment[]) => segments.filter((segment) => segment.mark).map((segment) => segment.text);
const plain = (segments: Segment[]) => segments.map((segment) => segment.text).join('');

describe('highlighting matches', () => {
  it('marks whole words whose stem matched, particles included', () => {
    const segments = highlight('도커는 컨테이너를 만들고 컨테이너가 멈춥니다.', new Set(['컨테이너']));
    expect(marked(segments)).toEqual(['컨테이너를', '컨테이너가']);
    expect(plain(segments)).toBe('도커는 컨테이너를 만들고 컨테이너가 멈춥니다.');
  });

  it('marks Latin words whatever their case', () => {
    expect(marked(highlight('Docker Hub에서 내려받습니다', new Set(['docker', 'hub'])))).toEqual(['Docker', 'Hub']);
  });

  it('cuts a snippet around the first match, with ellipses', () => {
    const text = `${'앞의 문장입니다. '.repeat(10)}여기서 롤백을 합니다. ${'뒤의 문장입니다. '.repeat(10)}`;
    const segments = snippet(text, new Set(['롤백']), 60);
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments.at(-1)).toEqual({ text: '…', mark: false });
    expect(marked(segments)).toEqual(['롤백을']);
    expect(plain(segments).length).toBeLessThanOrEqual(62);
  });

  it('starts at the beginning when only the title matched', () => {
    const segments = snippet('짧은 글입니다.', new Set(['없음']));
    expect(segments).toEqual([{ text: '짧은 글입니다.', mark: false }]);
  });
});
