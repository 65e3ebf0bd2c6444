import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clearProgress,
  emptyProgress,
  parseProgress,
  readProgress,
  serializeProgress,
  storageKey,
  unsavedNotes,
  withAnswer,
  writeProgress,
} from '@/lib/quiz/storage';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

describe('parseProgress', () => {
  it('reads back what serializeProgress wrote', () => {
    const progress = { answers: { one: 'a', two: 'b' }, completed: true };
    expect(parseProgress(serializeProgress(progress))).toEqual(progress);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['an array', '[1,2]'],
    ['a string', '"hello"'],
    ['another version', JSON.stringify({ v: 2, answers: { one: 'a' }, completed: true })],
    ['no version', JSON.stringify({ answers: { one: 'a' } })],
  ])('falls back to empty progress when storage is %s', (_, raw) => {
    expect(parseProgress(raw)).toEqual(emptyProgress);
  });

  it('keeps valid answers and drops malformed ones one by one', () => {
    const raw = JSON.stringify({
      v: 1,
      answers: { one: 'a', two: 3, three: null, four: { x: 1 }, '': 'a', five: '' },
      completed: 'yes',
    });
    expect(parseProgress(raw)).toEqual({ answers: { one: 'a' }, completed: false });
  });

  it('treats answers that are not an object as none', () => {
    expect(parseProgress(JSON.stringify({ v: 1, answers: ['a'], completed: true }))).toEqual({ answers: {}, completed: true });
  });

  it('does not let a stored __proto__ key change the answers object', () => {
    const parsed = parseProgress('{"v":1,"answers":{"__proto__":{"polluted":"yes"},"one":"a"},"completed":false}');
    expect(Object.getPrototypeOf(parsed.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.answers.one).toBe('a');
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const progress = parseProgress(raw);
        expect(typeof progress.completed).toBe('boolean');
        for (const value of Object.values(progress.answers)) expect(typeof value).toBe('string');
      }),
    );
  });
});

describe('readProgress and writeProgress', () => {
  it('round-trips through storage under a per-quiz key', () => {
    const storage = memoryStorage();
    const progress = withAnswer(emptyProgress, 'one', 'a', false);
    expect(writeProgress(storage, 'docker', progress)).toBe('saved');
    expect([...storage.data.keys()]).toEqual([storageKey('docker')]);
    expect(readProgress(storage, 'docker')).toEqual(progress);
    expect(readProgress(storage, 'kubernetes')).toEqual(emptyProgress);
  });

  it('survives storage that is missing', () => {
    expect(readProgress(undefined, 'docker')).toEqual(emptyProgress);
    expect(writeProgress(undefined, 'docker', emptyProgress)).toBe('failed');
  });

  it('survives storage that throws on read (disabled) or write (full)', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(readProgress(broken, 'docker')).toEqual(emptyProgress);
    expect(writeProgress(broken, 'docker', emptyProgress)).toBe('failed');
    const full = { ...memoryStorage(), setItem: broken.setItem };
    expect(writeProgress(full, 'docker', emptyProgress)).toBe('failed');
  });

  it('keeps a record a newer version of the site wrote, and replaces older or unreadable ones', () => {
    const newer = JSON.stringify({ v: 2, answers: { one: 'a' }, format: 'whatever v2 is' });
    const storage = memoryStorage({
      [storageKey('docker')]: newer,
      [storageKey('container')]: '{"v":0}',
      [storageKey('kubernetes')]: '{oops',
    });
    const progress = withAnswer(emptyProgress, 'one', 'b', false);
    expect(writeProgress(storage, 'docker', progress)).toBe('kept-newer');
    expect(clearProgress(storage, 'docker')).toBe('kept-newer');
    expect(storage.data.get(storageKey('docker'))).toBe(newer);
    expect(writeProgress(storage, 'container', progress)).toBe('saved');
    expect(writeProgress(storage, 'kubernetes', progress)).toBe('saved');
    expect(readProgress(storage, 'kubernetes')).toEqual(progress);
  });

  it('has a note for each way a write can fail', () => {
    expect(Object.keys(unsavedNotes).sort()).toEqual(['failed', 'kept-newer']);
    for (const note of Object.values(unsavedNotes)) expect(note).toMatch(/니다\.$/);
  });

  it('survives corrupt storage', () => {
    const storage = memoryStorage({ [storageKey('docker')]: '{"v":1,"answers":' });
    expect(readProgress(storage, 'docker')).toEqual(emptyProgress);
  });
});

describe('withAnswer', () => {
  it('replaces an earlier answer to the same question', () => {
    const first = withAnswer(emptyProgress, 'one', 'a', false);
    expect(withAnswer(first, 'one', 'b', false).answers).toEqual({ one: 'b' });
  });

  it('keeps completion once reached, even if an answer changes later', () => {
    const done = withAnswer(emptyProgress, 'one', 'a', true);
    expect(withAnswer(done, 'one', 'b', false).completed).toBe(true);
  });

  it('does not modify the progress it was given', () => {
    const before = withAnswer(emptyProgress, 'one', 'a', false);
    withAnswer(before, 'two', 'b', false);
    expect(before.answers).toEqual({ one: 'a' });
  });
});

describe('clearing a quiz', () => {
  it('removes the record, and reports refusal instead of throwing', () => {
    const storage = memoryStorage({ [storageKey('docker')]: '{}' });
    expect(clearProgress(storage, 'docker')).toBe('saved');
    expect(storage.data.size).toBe(0);
    expect(clearProgress(undefined, 'docker')).toBe('failed');
    const refusing = {
      ...memoryStorage(),
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(clearProgress(refusing, 'docker')).toBe('failed');
  });
});
