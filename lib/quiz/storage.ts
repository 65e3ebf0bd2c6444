// What a reader's quiz progress looks like in localStorage, and how it is read back.
// Storage is outside our control: it may be missing (private mode, disabled), full, or hold
// anything at all (an older version, a hand edit, another site's bug). Reading never throws and
// never trusts the shape; writing reports failure instead of throwing. Validation is written by
// hand rather than with zod so the quiz's client bundle stays small.

import { parseJson } from '../browser/safe-decode';

export const storageVersion = 1;
const keyPrefix = 'container-baeumteo:quiz:';
const maxIdLength = 100;

export type QuizProgress = {
  /** Question id → the value of the chosen answer. */
  answers: Record<string, string>;
  /** Set once every question has been answered correctly; kept even if an answer changes later. */
  completed: boolean;
};

export const emptyProgress: QuizProgress = Object.freeze({ answers: Object.freeze({}) as Record<string, string>, completed: false });

export function storageKey(quizId: string): string {
  return keyPrefix + quizId;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const validId = (id: string) => id.length > 0 && id.length <= maxIdLength;

// Accepts only what we wrote: { v: 1, answers: { [id]: string }, completed: boolean }.
// Unknown or malformed entries inside `answers` are dropped one by one, so a single bad value does
// not cost the reader their other answers.
export function parseProgress(raw: string | null | undefined): QuizProgress {
  const data = parseJson(raw);
  if (!isPlainObject(data) || data.v !== storageVersion) return emptyProgress;
  const answers: Record<string, string> = {};
  if (isPlainObject(data.answers)) {
    for (const [id, value] of Object.entries(data.answers)) {
      if (validId(id) && typeof value === 'string' && validId(value)) answers[id] = value;
    }
  }
  return { answers, completed: data.completed === true };
}

export function serializeProgress(progress: QuizProgress): string {
  return JSON.stringify({ v: storageVersion, answers: progress.answers, completed: progress.completed });
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function readProgress(storage: StorageLike | undefined, quizId: string): QuizProgress {
  try {
    return parseProgress(storage?.getItem(storageKey(quizId)));
  } catch {
    // getItem throws when storage is disabled (e.g. blocked cookies in some browsers).
    return emptyProgress;
  }
}

/** Returns false when the write did not happen (no storage, quota exceeded, disabled). */
export function writeProgress(storage: StorageLike | undefined, quizId: string, progress: QuizProgress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(storageKey(quizId), serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a quiz's answers and completion; false when storage refused. */
export function clearProgress(storage: Pick<Storage, 'removeItem'> | undefined, quizId: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(storageKey(quizId));
    return true;
  } catch {
    return false;
  }
}

export function withAnswer(progress: QuizProgress, questionId: string, value: string, completedNow: boolean): QuizProgress {
  return { answers: { ...progress.answers, [questionId]: value }, completed: progress.completed || completedNow };
}
