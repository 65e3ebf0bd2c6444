// How long a narrated sentence must stay before the next machine step may replace it, so a person
// can read it (or hear it out) before it changes. Korean is counted in syllables: a sighted reader
// or a screen reader at its default rate takes about 120 ms per Hangul syllable. Latin words and
// numbers ("docker", "8080") count one syllable per three characters. Short messages still stay
// 2.5 s; long ones at most 10 s, so a running simulation is never more than one message behind.

export const msPerSyllable = 120;
export const minReadingMs = 2500;
export const maxReadingMs = 10_000;

const hangulSyllable = /[\uac00-\ud7a3]/g;
const latinRun = /[A-Za-z0-9]+/g;

/** Syllables a reader says (or reads) for `text`. */
export function syllables(text: string): number {
  const hangul = text.match(hangulSyllable)?.length ?? 0;
  const latin = (text.match(latinRun) ?? []).reduce((sum, run) => sum + Math.ceil(run.length / 3), 0);
  return hangul + latin;
}

/** Milliseconds `text` stays announced before a newer machine step may take its place. */
export function readingTimeMs(text: string): number {
  return Math.min(maxReadingMs, Math.max(minReadingMs, syllables(text) * msPerSyllable));
}
