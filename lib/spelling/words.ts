import { proseLines, type ProseBlock } from '../content/prose';
import { separateGlosses, tokenize } from './tokens';

// The words the spell check asks about, each with the file and line it is written on.

export type WordUse = { word: string; where: string };

export function proseWords(file: string, blocks: readonly ProseBlock[]): { korean: WordUse[]; latin: WordUse[] } {
  const korean: WordUse[] = [];
  const latin: WordUse[] = [];
  for (const block of blocks) {
    for (const { line, text: lineText } of proseLines(block)) {
      const where = `${file}:${line}`;
      const { text, glosses } = separateGlosses(lineText);
      for (const token of tokenize(text)) {
        if (token.kind === 'korean') korean.push({ word: token.word, where });
        if (token.kind === 'latin') latin.push({ word: token.word, where });
      }
      for (const gloss of glosses) {
        for (const token of tokenize(gloss)) if (token.kind === 'latin') latin.push({ word: token.word, where });
      }
    }
    // Link text quotes outside pages: its Korean is checked, its English is theirs.
    for (const link of block.linkText) {
      for (const token of tokenize(separateGlosses(link.text).text)) {
        if (token.kind === 'korean') korean.push({ word: token.word, where: `${file}:${link.line}` });
      }
    }
  }
  return { korean, latin };
}
