import { chapterState, readMarks, withMark, writeMarks, type ChapterState } from '@/lib/progress/marks';
import { marksStorageKey } from '@/lib/progress/marks';
import { clearQuizzes, getProgress, subscribe as subscribeQuizzes } from '@/components/quiz/quiz-store';
import { localStorageOrUndefined } from '@/lib/browser/local-storage';

// Progress = the reader's hand marks + the quizzes' own completion, so passing a quiz shows up in
// the sidebar at once, with no second record to keep in step.
let marks: string[] | undefined;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent) {
  // Another tab marked or reset: read again.
  if (event.key === null || event.key === marksStorageKey) {
    marks = undefined;
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

function getMarks(): string[] {
  marks ??= readMarks(localStorageOrUndefined());
  return marks;
}

const quizPassed = (slug: string) => getProgress(slug).completed;

export function getChapterState(slug: string): ChapterState {
  return chapterState(slug, getMarks(), quizPassed);
}

/** The done chapters among `slugs`, as one string so React can compare snapshots by value. */
export function getDoneKey(slugs: readonly string[]): string {
  return slugs.filter((slug) => getChapterState(slug) !== 'open').join(' ');
}

export function setMarked(slug: string, on: boolean): void {
  marks = withMark(getMarks(), slug, on);
  writeMarks(localStorageOrUndefined(), marks);
  emit();
}

export function resetProgress(slugs: readonly string[]): void {
  marks = [];
  writeMarks(localStorageOrUndefined(), marks);
  clearQuizzes(slugs);
  emit();
}

/** For tests: forget the in-memory copy. */
export function forgetMarks(): void {
  marks = undefined;
}
