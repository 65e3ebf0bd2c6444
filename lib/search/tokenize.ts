// How Korean readers type, and how the course is written: words carry particles and endings
// (컨테이너를, 파드가, 실행하면), Latin product names sit inside Hangul (`Dockerfile`을), and an IME
// shows half-typed syllables as bare jamo (컨테이ㄴ). This file turns text into search terms with
// no dictionary: a word is indexed both as written and with one known particle or ending removed,
// and queries are matched by prefix, so 컨테이너 finds 컨테이너를 and 쿠버 finds 쿠버네티스.

const hangulRange = '\\uac00-\\ud7a3\\u1100-\\u11ff\\u3131-\\u318e';
// A word is a run of Hangul, or a run of other letters and digits; the script boundary splits
// "Dockerfile을" into "Dockerfile" + "을".
const wordPattern = new RegExp(`[${hangulRange}]+|(?:(?![${hangulRange}])[\\p{L}\\p{N}])+`, 'gu');
const hangulWord = new RegExp(`^[${hangulRange}]+$`, 'u');
// Lone jamo left at the end once complete syllables are composed (NFC): what the IME is still composing.
const trailingJamo = /[\u1100-\u11ff\u3131-\u318e]+$/u;

// Particles (조사) and the endings a noun takes when it becomes a verb (하다, 되다, 이다).
// Longest first, so 에서는 is removed whole rather than leaving 에서.
const suffixes = [
  '했습니다',
  '됩니다',
  '합니다',
  '입니다',
  '하려면',
  '으로부터',
  '에서부터',
  '에서는',
  '에서도',
  '에서의',
  '에게서',
  '으로는',
  '으로도',
  '으로써',
  '으로서',
  '이라는',
  '이라고',
  '들에게',
  '들에서',
  '들을',
  '들이',
  '들은',
  '들의',
  '들도',
  '들과',
  '들로',
  '에서',
  '에게',
  '한테',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '마다',
  '이나',
  '이란',
  '이며',
  '이고',
  '이다',
  '에는',
  '에도',
  '와는',
  '과는',
  '로는',
  '라는',
  '라고',
  '하는',
  '하고',
  '하면',
  '해서',
  '하여',
  '한다',
  '했다',
  '하기',
  '해야',
  '되는',
  '되면',
  '되어',
  '된다',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '나',
  '란',
  '들',
  '한',
  '할',
  '된',
  '될',
  '기',
].sort((a, b) => b.length - a.length);
const suffixSet = new Set(suffixes);

/** Case, width and composed/decomposed Hangul all fold to one form. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function isHangul(word: string): boolean {
  return hangulWord.test(word);
}

export type Word = { text: string; start: number; end: number };

/** The words of `text` with their offsets in it (offsets of the text as given, for highlighting). */
export function splitWords(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * The words worth indexing or searching: a particle written straight after a Latin name
 * (`Dockerfile`을, Hub의) is grammar, not a word of its own.
 */
export function contentWords(text: string): Word[] {
  const words = splitWords(text);
  return words.filter((word, index) => {
    const previous = words[index - 1];
    return !(previous && previous.end === word.start && !isHangul(previous.text) && suffixSet.has(word.text));
  });
}

/**
 * Removes one particle or ending. The stem must keep two syllables, so short words that merely end
 * like a particle (결과, 속도, 사이) stay whole.
 */
export function stem(word: string): string {
  if (!isHangul(word)) return word;
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** What one word of a document is indexed as: the word itself and, when it differs, its stem. */
export function indexTerms(word: string): string[] {
  const normal = normalize(word);
  if (normal.length === 0) return [];
  const stemmed = stem(normal);
  return stemmed === normal ? [normal] : [normal, stemmed];
}

/**
 * What one word of a query searches for: its stem, without a half-typed trailing jamo
 * ("컨테이ㄴ" searches "컨테이" while the reader is still composing).
 */
export function queryTerm(word: string): string | undefined {
  const normal = normalize(word.normalize('NFC').replace(trailingJamo, ''));
  if (normal.length === 0) return undefined;
  return stem(normal);
}

/** The query's words, normalised, stemmed and without empties. */
export function queryTerms(query: string): string[] {
  return contentWords(query).flatMap((word) => queryTerm(word.text) ?? []);
}
