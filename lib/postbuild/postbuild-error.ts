// A post-build invariant that does not hold: the build stops and says which file and why, instead
// of shipping a page that loads its scripts differently from what the CSP or the budgets expect.
export class PostbuildError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'PostbuildError';
  }
}
