import { describe, expect, it } from 'vitest';
import { maxReadingMs, minReadingMs, readingTimeMs, syllables } from '@/lib/a11y/reading-time';

describe('reading time of a narrated sentence', () => {
  it('counts Hangul syllables one each and Latin or digit runs one per three characters', () => {
    expect(syllables('빌드를 시작합니다.')).toBe(8);
    expect(syllables('docker run -p 8080:80')).toBe(2 + 1 + 1 + 2 + 1);
  });

  it('gives a short message 2.5 s, a long one 120 ms a syllable, and never more than 10 s', () => {
    expect(readingTimeMs('완료')).toBe(minReadingMs);
    const forty = '가'.repeat(40);
    expect(readingTimeMs(forty)).toBe(4800);
    expect(readingTimeMs('가'.repeat(500))).toBe(maxReadingMs);
  });
});
