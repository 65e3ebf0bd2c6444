import { clearProgress, emptyProgress, readProgress, storageKey, writeProgress, type QuizProgress } from '@/lib/quiz/storage';
import { localStorageOrUndefined, type WriteResult } from '@/lib/browser/local-storage';

// One in-memory copy of each quiz's progress, mirrored to localStorage when it can be. If storage
// is missing or full the quiz keeps working for this visit; it just won't be remembered, and the
// reader is told so once (the first write that fails; later ones say nothing new).
const memory = new Map<string, QuizProgress>();
let unsaved: Exclude<WriteResult, 'saved'> | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent) {
  // Another tab changed (or cleared) storage: forget our copies and read again on next render.
  if (event.key === null) memory.clear();
  else for (const id of memory.keys()) if (storageKey(id) === event.key) memory.delete(id);
  emit();
}

export function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

export function getProgress(quizId: string): QuizProgress {
  let progress = memory.get(quizId);
  if (!progress) {
    progress = readProgress(localStorageOrUndefined(), quizId);
    memory.set(quizId, progress);
  }
  return progress;
}

export function getServerProgress(): QuizProgress {
  return emptyProgress;
}

export function setProgress(quizId: string, progress: QuizProgress): void {
  memory.set(quizId, progress);
  const result = writeProgress(localStorageOrUndefined(), quizId, progress);
  if (result !== 'saved') unsaved ??= result;
  emit();
}

/** Why answers of this visit are not being remembered, once one was not; null while all were saved. */
export function getUnsaved(): Exclude<WriteResult, 'saved'> | null {
  return unsaved;
}

export function getServerUnsaved(): null {
  return null;
}

/** Starting over (the reader reset their progress): answers and completion go, here and in storage. */
export function clearQuizzes(quizIds: readonly string[]): void {
  for (const id of quizIds) {
    memory.set(id, emptyProgress);
    clearProgress(localStorageOrUndefined(), id);
  }
  emit();
}

/** For tests: forget every in-memory copy, and that a write failed. */
export function resetQuizMemory(): void {
  memory.clear();
  unsaved = null;
}
