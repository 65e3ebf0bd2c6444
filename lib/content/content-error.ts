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
