import { describe, expect, it } from 'vitest';
import { closestNames, fromQwerty, namesForChoseong, swappedLetters } from '@/lib/search/forgive';

const names = ['도커', '도커 허브', '쿠버네티스', '컨테이너', '롤백', '레이블', 'Dockerfile'];

describe('forgiving queries', () => {
  it('reads 초성 as the names that begin with them, exact ones first', () => {
    expect(namesForChoseong('ㄷㅋ', names)).toEqual(['도커', '도커 허브']);
    expect(namesForChoseong('ㅋㅂㄴㅌㅅ', names)).toEqual(['쿠버네티스']);
    expect(namesForChoseong('ㄷㅋㅎㅂ', names)).toEqual(['도커 허브']);
    expect(namesForChoseong('ㄷ', names)).toEqual([]);
    expect(namesForChoseong('도커', names)).toEqual([]);
  });

  it('turns keys typed in the English layout into the Hangul they spell', () => {
    expect(fromQwerty('ehzj')).toBe('도커');
    expect(fromQwerty('zjsxpdlsj')).toBe('컨테이너');
    expect(fromQwerty('fhfqor qjswjs')).toBe('롤백 번전');
    // Real English words do not spell whole syllables, so they are left alone.
    expect(fromQwerty('docker')).toBeUndefined();
    expect(fromQwerty('도커')).toBeUndefined();
  });

  it('swaps neighbouring letters of long Latin words only', () => {
    expect(swappedLetters('dokcer')).toContain('docker');
    expect(swappedLetters('docker ps')).toContain('dokcer ps');
    expect(swappedLetters('dock')).toEqual([]);
    expect(swappedLetters('도커허브입니다')).toEqual([]);
  });

  it('suggests the names nearest letter by letter, Hangul compared by jamo', () => {
    expect(closestNames('도카', names, 1)).toEqual(['도커']);
    expect(closestNames('dockerfle', names, 1)).toEqual(['Dockerfile']);
    expect(closestNames('아무거나', names)).toHaveLength(3);
  });
});
