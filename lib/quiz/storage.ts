// What a reader's quiz progress looks like in localStorage, and how it is read back.
// Storage is outside our control: it may be missing (private mode, disabled), full, or hold
// anything at all (an older version, a hand edit, another site's bug). Reading never throws and
// never trusts the shape; writing reports failure instead of throwing. Validation is written by
// hand rather than with zod so the quiz's client bundle stays small.

import { writeRecord, type WriteResult } from '../browser/local-storage';
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

export const emptyProgress: QuizProgress = Object.freeze({
  answers: Object.freeze({}) as Record<string, string>,
  completed: false,
});

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

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readProgress(storage: Pick<Storage, 'getItem'> | undefined, quizId: string): QuizProgress {
  try {
    return parseProgress(storage?.getItem(storageKey(quizId)));
  } catch {
    // getItem throws when storage is disabled (e.g. blocked cookies in some browsers).
    return emptyProgress;
  }
}

/** Stores the progress, except over a record a newer version of the site wrote (see WriteResult). */
export function writeProgress(storage: StorageLike | undefined, quizId: string, progress: QuizProgress): WriteResult {
  return writeRecord(storage, storageKey(quizId), serializeProgress(progress), storageVersion);
}

/** Said once, under the quiz, when an answer could not be remembered. */
export const unsavedNotes: Record<Exclude<WriteResult, 'saved'>, string> = {
  failed:
    '이 브라우저에 답을 저장하지 못했습니다. 저장 공간이 가득 찼거나 사이트 데이터 저장이 막혀 있습니다. 이 페이지에서는 계속 풀 수 있지만, 다시 열면 답이 남아 있지 않습니다.',
  'kept-newer':
    '이 브라우저에는 이 사이트의 새 버전이 저장한 기록이 있습니다. 그 기록을 지키려고 이 페이지는 이번 답을 저장하지 않습니다. 최신 버전의 페이지에서는 그 기록이 그대로 이어집니다.',
};

/** Forgets a quiz's answers and completion, except a record a newer version of the site wrote. */
export function clearProgress(storage: StorageLike | undefined, quizId: string): WriteResult {
  return writeRecord(storage, storageKey(quizId), null, storageVersion);
}

export function withAnswer(progress: QuizProgress, questionId: string, value: string, completedNow: boolean): QuizProgress {
  return { answers: { ...progress.answers, [questionId]: value }, completed: progress.completed || completedNow };
}
