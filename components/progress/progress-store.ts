import {
  chapterState,
  marksStorageKey,
  readRecord,
  withExercise,
  withMark,
  writeProgressRecord,
  type ChapterState,
  type ProgressRecord,
} from '@/lib/progress/marks';
import { clearQuizzes, getProgress, subscribe as subscribeQuizzes } from '@/components/quiz/quiz-store';
import { localStorageOrUndefined, type WriteResult } from '@/lib/browser/local-storage';

// Progress = the reader's record (hand marks and done exercises) + the quizzes' own completion, so
// passing a quiz shows up in the sidebar at once, with no second record to keep in step.
let record: ProgressRecord | undefined;
/** Why the latest write was not stored, or null while every write was. */
let unsaved: Exclude<WriteResult, 'saved'> | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent) {
  // Another tab marked or reset: read again.
  if (event.key === null || event.key === marksStorageKey) {
    record = undefined;
    emit();
  }
}

export function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  const unsubscribeQuizzes = subscribeQuizzes(listener);
  return () => {
    unsubscribeQuizzes();
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

function getRecord(): ProgressRecord {
  record ??= readRecord(localStorageOrUndefined());
  return record;
}

function store(next: ProgressRecord): void {
  record = next;
  const result = writeProgressRecord(localStorageOrUndefined(), next);
  unsaved = result === 'saved' ? null : result;
  emit();
}

const quizPassed = (slug: string) => getProgress(slug).completed;

export function getChapterState(slug: string): ChapterState {
  return chapterState(slug, getRecord().marked, quizPassed);
}

/** The done chapters among `slugs`, as one string so React can compare snapshots by value. */
export function getDoneKey(slugs: readonly string[]): string {
  return slugs.filter((slug) => getChapterState(slug) !== 'open').join(' ');
}

export function setMarked(slug: string, on: boolean): void {
  const current = getRecord();
  store({ ...current, marked: withMark(current.marked, slug, on) });
}

export function isExerciseDone(id: string): boolean {
  return getRecord().exercises.includes(id);
}

/** How many of `ids` are done: a number, so React compares snapshots by value. */
export function countDoneExercises(ids: readonly string[]): number {
  return ids.filter(isExerciseDone).length;
}

export function setExerciseDone(id: string): void {
  const current = getRecord();
  if (!current.exercises.includes(id)) store({ ...current, exercises: withExercise(current.exercises, id) });
}

/** Why progress of this visit is not being remembered, after a write that failed; null otherwise. */
export function getUnsavedProgress(): Exclude<WriteResult, 'saved'> | null {
  return unsaved;
}

export function resetProgress(slugs: readonly string[]): void {
  store({ marked: [], exercises: [] });
  clearQuizzes(slugs);
}

/** For tests: forget the in-memory copy. */
export function forgetMarks(): void {
  record = undefined;
  unsaved = null;
}
