/** The longest file the editor may write: far more than any file here, and a bound on a scene link's work. */
export const maxFileLength = 20_000;
