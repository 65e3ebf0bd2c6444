// Every problem in content is reported the same way, so a failing build always says where to look.
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string | undefined,
    readonly reason: string,
  ) {
    const where = line === undefined ? file : `${file}:${line}`;
    super(field === undefined ? `${where}: ${reason}` : `${where}: ${field}: ${reason}`);
    this.name = 'ContentError';
  }
}

/** Several problems found by one check, reported together so a writer fixes them in one go. */
export class ContentErrors extends Error {
  constructor(readonly problems: readonly ContentError[]) {
    super(`${problems.length} problems in content:\n${problems.map((problem) => `  ${problem.message}`).join('\n')}`);
    this.name = 'ContentErrors';
  }
}

export function throwIfAny(problems: readonly ContentError[]): void {
  const [first] = problems;
  if (first && problems.length === 1) throw first;
  if (problems.length > 1) throw new ContentErrors(problems);
}
