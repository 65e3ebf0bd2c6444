import { queryTerms } from './tokenize';

// Korean and English names of one thing find each other: a query for 파드 also searches Pod, and
// k8s searches 쿠버네티스. The glossary's Korean/English pairs give most groups; these aliases add
// the spellings readers type that the glossary does not list (abbreviations, words without the
// space, product names the chapters write in English).
export const searchAliases: readonly (readonly string[])[] = [
  ['쿠버네티스', 'Kubernetes', 'k8s', '쿠베'],
  ['도커 허브', 'Docker Hub', '도커허브'],
  ['도커 데스크톱', 'Docker Desktop', '도커데스크톱'],
  ['도커 컴포즈', 'Docker Compose', 'compose', '컴포즈'],
  ['Dockerfile', '도커파일'],
  ['가상 머신', 'virtual machine', 'VM', '가상머신'],
  ['Horizontal Pod Autoscaler', 'HPA'],
  ['오픈 소스', 'open source', '오픈소스'],
  ['리눅스', 'Linux'],
  ['윈도우', 'Windows'],
  ['WSL', 'WSL 2'],
  ['캐시', 'cache'],
  ['공식 이미지', 'Docker Official Image', 'official image'],
  ['배포', 'deploy'],
  // The course writes pull and push as 내려받다 and 올리다 (the glossary defines 풀 and 푸시 so).
  ['pull', '내려받기'],
  ['push', '올리기'],
];

export type SynonymSource = { term: string; english: string };

/** One phrase, as the query terms it searches for (["가상", "머신"]). */
export type Phrase = readonly string[];

export type SynonymTable = {
  /** Key: a phrase's terms joined by a space. Value: every phrase of its group. */
  groups: ReadonlyMap<string, readonly Phrase[]>;
  /** The longest phrase in the table, in words; queries are matched greedily up to this length. */
  longest: number;
};

export const phraseKey = (terms: Phrase) => terms.join(' ');

/** The groups of names to ship with the index: each glossary term with its English name, and the aliases. */
export function synonymGroups(
  pairs: readonly SynonymSource[],
  aliases: readonly (readonly string[])[] = searchAliases,
): string[][] {
  return [
    ...pairs.filter((pair) => pair.term !== pair.english).map((pair) => [pair.term, pair.english]),
    ...aliases.map((names) => [...names]),
  ];
}

export function buildSynonyms(sets: readonly (readonly string[])[]): SynonymTable {
  const groups = new Map<string, Phrase[]>();
  let longest = 1;
  for (const names of sets) {
    const phrases = new Map<string, Phrase>();
    for (const name of names) {
      const terms = queryTerms(name);
      if (terms.length > 0) phrases.set(phraseKey(terms), terms);
    }
    if (phrases.size < 2) continue;
    // Groups that share a phrase merge (이미지 from the glossary and from an alias are one group).
    for (const key of phrases.keys()) for (const phrase of groups.get(key) ?? []) phrases.set(phraseKey(phrase), phrase);
    const group = [...phrases.values()];
    for (const phrase of group) {
      groups.set(phraseKey(phrase), group);
      longest = Math.max(longest, phrase.length);
    }
  }
  return { groups, longest };
}
