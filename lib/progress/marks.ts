// Chapters the reader marked as done by hand, in localStorage. (A chapter whose quiz was passed is
// done too; that is read from the quiz's own record, see lib/quiz/storage.ts.) Like the quiz
// record, reading never throws and never trusts the shape, and writing reports failure and never
// replaces a record a newer version of the site wrote.

import { writeRecord, type WriteResult } from '@/lib/browser/local-storage';

import { parseJson } from '../browser/safe-decode';

export const marksStorageKey = 'container-baeumteo:progress';
export const marksVersion = 1;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxMarks = 100;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Accepts only { v: 1, marked: [slug, …] }; a bad entry is dropped, not the whole list. */
export function parseMarks(raw: string | null | undefined): string[] {
  const data = parseJson(raw);
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== marksVersion) return [];
  const marked = (data as { marked?: unknown }).marked;
  if (!Array.isArray(marked)) return [];
  const valid = marked.filter((slug): slug is string => typeof slug === 'string' && slug.length <= 100 && slugPattern.test(slug));
  return [...new Set(valid)].slice(0, maxMarks);
}

export function serializeMarks(marked: readonly string[]): string {
  return JSON.stringify({ v: marksVersion, marked });
}

export function readMarks(storage: StorageLike | undefined): string[] {
  try {
    return parseMarks(storage?.getItem(marksStorageKey));
  } catch {
    return [];
  }
}

export function writeMarks(storage: StorageLike | undefined, marked: readonly string[]): WriteResult {
  return writeRecord(storage, marksStorageKey, marked.length === 0 ? null : serializeMarks(marked), marksVersion);
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
