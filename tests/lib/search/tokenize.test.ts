import { describe, expect, it } from 'vitest';
import { contentWords, indexTerms, queryTerm, queryTerms, splitWords, stem } from '@/lib/search/tokenize';

describe('Korean search tokenizer', () => {
  it.each([
    ['컨테이너를', '컨테이너'],
    ['컨테이너가', '컨테이너'],
    ['컨테이너들을', '컨테이너'],
    ['파드를', '파드'],
    ['이미지에서는', '이미지'],
    ['쿠버네티스의', '쿠버네티스'],
    ['레이어와', '레이어'],
    ['디플로이먼트로', '디플로이먼트'],
    ['실행합니다', '실행'],
    ['빌드하면', '빌드'],
    ['컨테이너입니다', '컨테이너'],
  ])('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each(['이미지', '도커', '노드', '레이어', '결과', '속도', '사이', '롤백', '캐시'])(
    'keeps %s whole (the stem would be too short, or nothing is a particle)',
    (word) => {
      expect(stem(word)).toBe(word);
    },
  );

  it('leaves Latin words alone apart from case and width', () => {
    expect(stem('docker')).toBe('docker');
    expect(indexTerms('Ｄocker')).toEqual(['docker']);
  });

  it('splits Latin names from the Hangul particle they carry, with offsets', () => {
    expect(splitWords('`Dockerfile`을 k8s로, WSL 2에서')).toEqual([
      { text: 'Dockerfile', start: 1, end: 11 },
      { text: '을', start: 12, end: 13 },
      { text: 'k8s', start: 14, end: 17 },
      { text: '로', start: 17, end: 18 },
      { text: 'WSL', start: 20, end: 23 },
      { text: '2', start: 24, end: 25 },
      { text: '에서', start: 25, end: 27 },
    ]);
  });

  it('drops a particle written straight after a Latin name', () => {
    expect(contentWords('Hub의 이미지, k8s 의 뜻').map((word) => word.text)).toEqual(['Hub', '이미지', 'k8s', '의', '뜻']);
  });

  it('indexes a word as written and as its stem', () => {
    expect(indexTerms('컨테이너를')).toEqual(['컨테이너를', '컨테이너']);
    expect(indexTerms('컨테이너')).toEqual(['컨테이너']);
  });

  it('drops the jamo an IME is still composing, and reads decomposed Hangul', () => {
    expect(queryTerm('컨테이너ㄹ')).toBe('컨테이너');
    // A half-typed word may lose a syllable that looks like a particle; the prefix still finds it.
    expect(queryTerm('컨테이ㄴ')).toBe('컨테');
    expect(queryTerm('ㅋ')).toBeUndefined();
    expect(queryTerm('파드를'.normalize('NFD'))).toBe('파드');
  });

  it('turns a query into stemmed, lower-case terms', () => {
    expect(queryTerms('Docker Hub의 공식 이미지를')).toEqual(['docker', 'hub', '공식', '이미지']);
    expect(queryTerms('  ,. ')).toEqual([]);
  });
});
