import { codePlaceholder } from '../content/prose';

// Splits chapter prose into what the spell check asks about.
//
// hunspell-ko knows Korean words and their endings, but not English words, inline code or numbers
// with a particle attached ("Docker를", "`Dockerfile`을", "3.3이"). Those are split at the script
// boundary: the stem is checked on its own (English against the project word list, code and
// numbers not at all) and the Hangul rest must be a particle or copula ending from the list below.
// That list is checked by this code, not by hunspell, and it does not judge 을/를 agreement.
// A Hangul word glued to punctuation ("‘이미지’라는", "70%를") is handled the same way.
// Korean loanwords hunspell lacks (쿠버네티스) are not handled here: the word list gives each one
// a model word, and hunspell applies that word's own affix rules (see spelling-wordlist.txt).

export const particles: ReadonlySet<string> = new Set(
  `은 는 이 가 을 를 의 에 에서 에게 로 으로 와 과 도 만 까지 부터 처럼 보다 나 이나 든 이든 라도 이라도
   라는 이라는 란 이란 라고 이라고 인 일 입니다 이고 이며 이면 이었 였 이에요 예요 이지만 지만
   에는 에서는 에도 에서도 으로는 로는 으로도 로도 과는 와는 과도 와도 만큼 만으로 뿐 까지는 부터는 처럼은
   이라면 라면 이므로 므로 이어서 여서 에만 으로만 로만 이자 자 이었습니다 였습니다 입니까 일까요 인가요 이라서 라서`
    .split(/\s+/)
    .filter(Boolean),
);

export type Token =
  | { kind: 'korean'; word: string }
  | { kind: 'latin'; word: string }
  | { kind: 'particle'; word: string; after: string }
  | { kind: 'ignored'; word: string };

const hangulChar = /[\uac00-\ud7a3]/;
const tokenPattern = new RegExp(`[\\uac00-\\ud7a3A-Za-z0-9${codePlaceholder}]+(?:[.'’-][A-Za-z0-9]+)*[\\uac00-\\ud7a3]*`, 'gu');
// Web addresses, domains and file names ("docs.docker.com", "compose.yaml", "Node.js") are not words.
const addressLike = /\b(?:https?:\/\/\S+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/\S*)?)/g;

function splitScripts(token: string): { stem: string; rest: string } | undefined {
  const first = token.search(hangulChar);
  if (first <= 0) return undefined;
  return { stem: token.slice(0, first), rest: token.slice(first) };
}

export function tokenize(text: string): Token[] {
  const cleaned = text.replace(addressLike, codePlaceholder);
  const tokens: Token[] = [];
  for (const match of cleaned.matchAll(tokenPattern)) {
    const word = match[0];
    const index = match.index;
    const before = index > 0 ? cleaned[index - 1] : undefined;
    const hasHangul = hangulChar.test(word);

    if (!hasHangul) {
      if (/^[0-9.]+$/.test(word) || word.includes(codePlaceholder)) tokens.push({ kind: 'ignored', word });
      else tokens.push({ kind: 'latin', word });
      continue;
    }

    const split = splitScripts(word);
    if (split) {
      // "Docker를", "3.3이", "<code>을", "M1부터", "2014년에": a stem that is not Hangul, then Hangul.
      const { stem, rest } = split;
      if (/[A-Za-z]/.test(stem) && !stem.includes(codePlaceholder))
        tokens.push({ kind: 'latin', word: stem.replace(/[0-9]+$/, '') || stem });
      if (/^[0-9.]+$/.test(stem) && !particles.has(rest)) {
        // A number with a counter or unit word ("2014년에", "250명"): the Hangul part is an ordinary word.
        tokens.push({ kind: 'korean', word: rest });
      } else if (/[^\uac00-\ud7a3]/.test(rest)) {
        tokens.push({ kind: 'korean', word: rest });
      } else {
        tokens.push({ kind: 'particle', word: rest, after: stem });
      }
      continue;
    }

    if (/[A-Za-z0-9]/.test(word.replace(/^[\uac00-\ud7a3]+/, ''))) {
      // Hangul then Latin inside one token is unusual; let the dictionary judge it whole.
      tokens.push({ kind: 'korean', word });
      continue;
    }

    // A Hangul word right after closing punctuation may be a particle on the quoted or bracketed
    // word before it ("‘이미지’라는", "(Deployment)는", "70%를").
    if (before !== undefined && /[)\]’”"'%>]/.test(before) && particles.has(word)) {
      tokens.push({ kind: 'particle', word, after: before });
      continue;
    }
    tokens.push({ kind: 'korean', word });
  }
  return tokens;
}

/** English in parentheses after a Korean term, "컨테이너(container)", read as separate words. */
export function separateGlosses(text: string): { text: string; glosses: string[] } {
  const glosses: string[] = [];
  const rest = text.replace(/\(([A-Za-z][A-Za-z0-9 .\-]*)\)/g, (_, gloss: string) => {
    glosses.push(gloss);
    return '';
  });
  return { text: rest, glosses };
}
