import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hunspellAvailable, hunspellRejects } from '@/lib/spelling/hunspell';
import { proseWords, type WordUse } from '@/lib/spelling/words';
import { chapters } from './chapter-files';

// The spell check: every word of every chapter's prose (front matter, code, inline code, JSX
// attributes and expressions, and URLs excluded) must be known to Debian's hunspell-ko or listed,
// reviewed, in content/spelling-wordlist.txt.
//
// - Korean words go to `hunspell -d ko -l`. Loanwords and terms the dictionary lacks are listed
//   as `word/model`: hunspell then accepts the word with the endings its model word takes, by the
//   dictionary's own affix rules (쿠버네티스/컨테이너 → 쿠버네티스는, 쿠버네티스를, 쿠버네티스에서 …),
//   so the list never needs 쿠버네티스는 and 쿠버네티스를 as separate "words".
// - English words in the prose (product names, terms in parentheses) must be in the word list as
//   written. Text of links is exempt from this: it quotes the titles of external pages.
// - A particle on English, inline code or a number ("Docker를", "`compose.yaml`을") is split off
//   and must be a known particle (lib/spelling/tokens.ts).

const wordListFile = 'content/spelling-wordlist.txt';

function readWordList() {
  const lines = readFileSync(path.join(process.cwd(), wordListFile), 'utf8').split('\n');
  return lines
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((entry) => entry.text !== '' && !entry.text.startsWith('#'));
}

const wordList = readWordList();
const hangul = /[\uac00-\ud7a3]/;
const personal = wordList.filter((entry) => hangul.test(entry.text)).map((entry) => entry.text);
const english = new Set(wordList.filter((entry) => !hangul.test(entry.text)).map((entry) => entry.text));

function wordsOfChapters() {
  const uses = chapters.map((chapter) => proseWords(chapter.file, chapter.model.prose));
  return { korean: uses.flatMap((use) => use.korean), latin: uses.flatMap((use) => use.latin) };
}

const report = (uses: readonly WordUse[]) => uses.map((use) => `${use.where}: ${use.word}`);

describe('spelling of the chapters', () => {
  it('has hunspell with the Korean dictionary installed (apt-get install hunspell hunspell-ko)', () => {
    expect(hunspellAvailable()).toBe(true);
    // Starting hunspell and loading its dictionary takes seconds on a busy machine.
  }, 30_000);

  const { korean, latin } = wordsOfChapters();

  it('uses only Korean words hunspell-ko knows or the word list gives', () => {
    const rejected = new Set(hunspellRejects([...new Set(korean.map((use) => use.word))], personal));
    expect(report(korean.filter((use) => rejected.has(use.word)))).toEqual([]);
  });

  it('uses only English words from the word list', () => {
    expect(report(latin.filter((use) => !english.has(use.word)))).toEqual([]);
  });

  it('keeps the word list clean: no duplicates, every model word real, every entry used', () => {
    const texts = wordList.map((entry) => entry.text);
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);

    const models = personal.flatMap((entry) => entry.split('/').slice(1));
    expect(hunspellRejects(models, [])).toEqual([]);

    // Compared as decomposed jamo so a verb entry (빌드하다) counts as used by 빌드해, 빌드한 …:
    // the stem without 다 and without its last vowel (빌드ㅎ) must begin some word in the prose.
    const jamo = (text: string) => text.normalize('NFD');
    const stemOf = (entry: string) => {
      const word = entry.split('/')[0] ?? '';
      return word.endsWith('다') ? jamo(word.slice(0, -1)).replace(/[\u1161-\u1175]$/u, '') : jamo(word);
    };
    const usedKorean = korean.map((use) => jamo(use.word));
    const usedLatin = new Set(latin.map((use) => use.word));
    const unused = [
      ...personal.filter((entry) => !usedKorean.some((word) => word.startsWith(stemOf(entry)))),
      ...[...english].filter((word) => !usedLatin.has(word)),
    ];
    expect(unused).toEqual([]);
  });
});
