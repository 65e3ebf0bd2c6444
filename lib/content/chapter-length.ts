/**
 * How long a chapter's prose is, in Hangul syllables (U+AC00–U+D7A3): long enough to teach its
 * topic, short enough to read in one sitting. The one place this bound is written.
 */
export const chapterLength = { min: 2500, max: 6500 } as const;
