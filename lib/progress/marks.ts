// The reader's own progress record in localStorage: chapters marked done by hand, and exercises
// (실습 과제) whose check passed. (A chapter whose quiz was passed is done too; that is read from
// the quiz's own record, see lib/quiz/storage.ts.) Like the quiz record, reading never throws and
// never trusts the shape, and writing reports failure and never replaces a record a newer version
// of the site wrote.
//
// Format 2 is { v: 2, marked: [slug, …], exercises: [id, …] }. Format 1 ({ v: 1, marked }) came
// before exercises and still reads, as marks with no exercise done; the next write stores format 2.

import { writeRecord, type WriteResult } from '@/lib/browser/local-storage';

import { parseJson } from '../browser/safe-decode';

export const marksStorageKey = 'container-baeumteo:progress';
export const marksVersion = 2;
const readableVersions: readonly unknown[] = [1, marksVersion];
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxEntries = 100;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type ProgressRecord = {
  /** Chapter slugs the reader marked done. */
  readonly marked: readonly string[];
  /** Exercise ids whose check passed, in the order they were done. */
  readonly exercises: readonly string[];
};

export const emptyRecord: ProgressRecord = Object.freeze({ marked: Object.freeze([]), exercises: Object.freeze([]) });

/** Slug-like strings only, once each; a bad entry is dropped, not the whole list. */
function slugList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const valid = value.filter((slug): slug is string => typeof slug === 'string' && slug.length <= 100 && slugPattern.test(slug));
  return [...new Set(valid)].slice(0, maxEntries);
}

/** Accepts format 1 and 2; anything else (another site's data, a newer format) reads as nothing. */
export function parseRecord(raw: string | null | undefined): ProgressRecord {
  const data = parseJson(raw);
  if (typeof data !== 'object' || data === null || !readableVersions.includes((data as { v?: unknown }).v)) return emptyRecord;
  const { marked, exercises } = data as { marked?: unknown; exercises?: unknown };
  return { marked: slugList(marked), exercises: slugList(exercises) };
}

export function serializeRecord(record: ProgressRecord): string {
  return JSON.stringify({ v: marksVersion, marked: record.marked, exercises: record.exercises });
}

export function readRecord(storage: StorageLike | undefined): ProgressRecord {
  try {
    return parseRecord(storage?.getItem(marksStorageKey));
  } catch {
    return emptyRecord;
  }
}

/** Stores the record (an empty one removes the key), except over a record a newer version wrote. */
export function writeProgressRecord(storage: StorageLike | undefined, record: ProgressRecord): WriteResult {
  const empty = record.marked.length === 0 && record.exercises.length === 0;
  return writeRecord(storage, marksStorageKey, empty ? null : serializeRecord(record), marksVersion);
}

/** The exercise is done (kept once; an exercise is never undone by the reader's later moves). */
export function withExercise(exercises: readonly string[], id: string): readonly string[] {
  return exercises.includes(id) ? exercises : [...exercises, id];
}

/** Said under a done exercise when its completion could not be remembered. */
export const unsavedExerciseNotes: Record<Exclude<WriteResult, 'saved'>, string> = {
  failed:
    '이 브라우저에 완료 기록을 저장하지 못했습니다. 저장 공간이 가득 찼거나 사이트 데이터 저장이 막혀 있어, 다시 열면 이 완료가 남아 있지 않습니다.',
  'kept-newer':
    '이 브라우저에는 이 사이트의 새 버전이 저장한 진도 기록이 있습니다. 그 기록을 지키려고 이번 완료는 저장하지 않습니다.',
};

/** "실습 과제 3개 중 1개 완료". */
export function describeExercises(done: number, total: number): string {
  return `실습 과제 ${total}개 중 ${done}개 완료`;
}

export function withMark(marked: readonly string[], slug: string, on: boolean): string[] {
  const rest = marked.filter((item) => item !== slug);
  return on ? [...rest, slug] : rest;
}

export type ChapterState = 'quiz' | 'marked' | 'open';

/** A passed quiz wins over a hand mark: it is the stronger statement and cannot be unmarked. */
export function chapterState(slug: string, marked: readonly string[], quizPassed: (slug: string) => boolean): ChapterState {
  if (quizPassed(slug)) return 'quiz';
  return marked.includes(slug) ? 'marked' : 'open';
}

export function describeProgress(done: number, total: number): string {
  return `${total}장 중 ${done}장 완료`;
}
