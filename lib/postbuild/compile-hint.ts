import { PostbuildError } from './postbuild-error';

// Every function in the boot scripts runs at boot. V8 compiles lazily, on the main thread, the
// first time a function is called; that compile was most of the long task in which the framework
// boots. This explicit compile hint (Chrome 136+, ignored elsewhere) has the whole file compiled
// while it streams in, off the main thread. The chunk is changed in place: its name stays the
// content hash Next gave it, and every page that boots with it gets the same file.

export const compileHint = '//# allFunctionsCalledOnLoad';

const hintCount = (javascript: string) => javascript.split('\n').filter((line) => line.trim() === compileHint).length;

/** A boot script with the compile hint as its first line; a chunk that already has one is refused. */
export function withCompileHint(javascript: string, file: string): string {
  if (hintCount(javascript) > 0)
    throw new PostbuildError(file, 'already carries the compile hint: the post-build step ran twice on one export');
  const hinted = `${compileHint}\n${javascript}`;
  assertCompileHint(hinted, file);
  return hinted;
}

export function assertCompileHint(javascript: string, file: string): void {
  if (!javascript.startsWith(`${compileHint}\n`) || hintCount(javascript) !== 1) {
    throw new PostbuildError(file, 'must carry the compile hint exactly once, as its first line');
  }
}
