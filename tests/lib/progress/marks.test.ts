import { describe, expect, it } from 'vitest';
import {
  chapterState,
  describeExercises,
  describeProgress,
  emptyRecord,
  marksStorageKey,
  parseRecord,
  readRecord,
  serializeRecord,
  withExercise,
  withMark,
  writeProgressRecord,
  type ProgressRecord,
} from '@/lib/progress/marks';

const parseMarks = (raw: string | null | undefined) => parseRecord(raw).marked;
const marks = (marked: string[]): ProgressRecord => ({ marked, exercises: [] });
const readMarks = (storage: Parameters<typeof readRecord>[0]) => readRecord(storage).marked;
const writeMarks = (storage: Parameters<typeof writeProgressRecord>[0], marked: string[]) =>
  writeProgressRecord(storage, marks(marked));

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('chapter marks in storage', () => {
  it('round-trips what it wrote', () => {
    const record = { marked: ['docker', 'kubernetes'], exercises: ['docker-web-server'] };
    expect(parseRecord(serializeRecord(record))).toEqual(record);
    expect(JSON.parse(serializeRecord(record))).toEqual({ v: 2, ...record });
  });

  it('reads a format-1 record (before exercises) as its marks with no exercise done', () => {
    expect(parseRecord('{"v":1,"marked":["docker","container"]}')).toEqual({ marked: ['docker', 'container'], exercises: [] });
  });

  it('keeps an exercise once, in the order done, and drops bad exercise ids one by one', () => {
    expect(withExercise(withExercise([], 'docker-web-server'), 'docker-web-server')).toEqual(['docker-web-server']);
    expect(parseRecord('{"v":2,"marked":[],"exercises":["docker-clean-up",7,"<x>","docker-clean-up"]}').exercises).toEqual([
      'docker-clean-up',
    ]);
    expect(describeExercises(1, 3)).toBe('실습 과제 3개 중 1개 완료');
  });

  it('writes exercises without losing marks, and removes the key only when both are empty', () => {
    const storage = memoryStorage({ [marksStorageKey]: '{"v":1,"marked":["docker"]}' });
    const record = { ...readRecord(storage), exercises: ['docker-web-server'] };
    expect(writeProgressRecord(storage, record)).toBe('saved');
    expect(readRecord(storage)).toEqual({ marked: ['docker'], exercises: ['docker-web-server'] });
    expect(writeProgressRecord(storage, { ...record, marked: [] })).toBe('saved');
    expect(storage.data.has(marksStorageKey)).toBe(true);
    expect(writeProgressRecord(storage, emptyRecord)).toBe('saved');
    expect(storage.data.has(marksStorageKey)).toBe(false);
  });

  it.each([
    ['nothing', null],
    ['empty', ''],
    ['not JSON', '{"v":1,"marked":'],
    ['a newer version', '{"v":3,"marked":["docker"]}'],
    ['no version', '{"marked":["docker"]}'],
    ['an array', '["docker"]'],
    ['marked not a list', '{"v":1,"marked":"docker"}'],
    ['null', 'null'],
  ])('reads %s as no marks', (_, raw) => {
    expect(parseMarks(raw)).toEqual([]);
  });

  it('drops bad entries one by one and repeats', () => {
    expect(parseMarks('{"v":1,"marked":["docker",3,"../x","Docker","docker",null,"docker-hub"]}')).toEqual([
      'docker',
      'docker-hub',
    ]);
  });

  it('never throws when storage is missing, disabled or full', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readMarks(undefined)).toEqual([]);
    expect(readMarks(throwing)).toEqual([]);
    expect(writeMarks(undefined, ['docker'])).toBe('failed');
    expect(writeMarks(throwing, ['docker'])).toBe('failed');
    expect(writeMarks(throwing, [])).toBe('failed');
  });

  it('never replaces or removes marks a newer version of the site wrote', () => {
    const newer = JSON.stringify({ v: 3, chapters: { docker: { done: true } } });
    const storage = memoryStorage();
    storage.data.set(marksStorageKey, newer);
    expect(readMarks(storage)).toEqual([]);
    expect(writeMarks(storage, ['container'])).toBe('kept-newer');
    expect(writeMarks(storage, [])).toBe('kept-newer');
    expect(storage.data.get(marksStorageKey)).toBe(newer);
  });

  it('writes marks and removes the key when none are left', () => {
    const storage = memoryStorage();
    expect(writeMarks(storage, ['docker'])).toBe('saved');
    expect(readMarks(storage)).toEqual(['docker']);
    expect(writeMarks(storage, [])).toBe('saved');
    expect(storage.data.has(marksStorageKey)).toBe(false);
  });

  it('adds and removes a mark without duplicates', () => {
    expect(withMark(['docker'], 'docker', true)).toEqual(['docker']);
    expect(withMark(['docker'], 'container', true)).toEqual(['docker', 'container']);
    expect(withMark(['docker', 'container'], 'docker', false)).toEqual(['container']);
  });
});

describe('chapter state', () => {
  const passed = (slug: string) => slug === 'docker';
  it('counts a passed quiz first, then a hand mark', () => {
    expect(chapterState('docker', [], passed)).toBe('quiz');
    expect(chapterState('docker', ['docker'], passed)).toBe('quiz');
    expect(chapterState('container', ['container'], passed)).toBe('marked');
    expect(chapterState('kubernetes', ['container'], passed)).toBe('open');
  });

  it('says how far the reader is', () => {
    expect(describeProgress(2, 6)).toBe('6장 중 2장 완료');
  });
});
