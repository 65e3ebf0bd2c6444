import { describe, expect, it } from 'vitest';
import { glossary } from '@/content/glossary';
import { analyzeQuery } from '@/lib/search/query';
import { buildSynonyms, synonymGroups } from '@/lib/search/synonyms';

const synonyms = buildSynonyms(synonymGroups(glossary));
const names = (query: string) =>
  analyzeQuery(query, synonyms).map((concept) => concept.alternatives.map((phrase) => phrase.join(' ')));

describe('query analysis with synonyms from the glossary', () => {
  it('pairs each glossary term with its English name, both ways', () => {
    expect(names('파드')).toEqual([expect.arrayContaining(['파드', 'pod'])]);
    expect(names('Pod')).toEqual([expect.arrayContaining(['파드', 'pod'])]);
    expect(names('이미지를')).toEqual([expect.arrayContaining(['이미지', 'image'])]);
    expect(names('docker')).toEqual([expect.arrayContaining(['도커', 'docker'])]);
  });

  it('knows the aliases readers type', () => {
    expect(names('k8s')).toEqual([expect.arrayContaining(['쿠버네티스', 'kubernetes', 'k8s'])]);
    expect(names('vm')).toEqual([expect.arrayContaining(['가상 머신', 'virtual machine', 'vm', '가상머신'])]);
  });

  it('reads the longest known phrase as one concept', () => {
    expect(names('docker hub 공식 이미지')).toEqual([
      expect.arrayContaining(['docker hub', '도커 허브']),
      expect.arrayContaining(['공식 이미지', 'docker official image']),
    ]);
    expect(names('docker hub 이미지')).toEqual([
      expect.arrayContaining(['docker hub', '도커 허브']),
      expect.arrayContaining(['이미지', 'image']),
    ]);
    expect(names('롤링 업데이트')).toEqual([expect.arrayContaining(['롤링 업데이트', 'rolling update'])]);
  });

  it('keeps what the reader typed as the typed phrase', () => {
    expect(analyzeQuery('Kubernetes', synonyms)[0]?.typed).toEqual(['kubernetes']);
    expect(analyzeQuery('없는말', synonyms)).toEqual([{ typed: ['없는말'], alternatives: [['없는말']] }]);
  });

  it('merges groups that share a name', () => {
    const table = buildSynonyms(synonymGroups([{ term: '캐시', english: 'cache' }], [['cache', '캐싱']]));
    expect(table.groups.get('캐싱')?.map((phrase) => phrase.join(' '))).toEqual(
      expect.arrayContaining(['캐시', 'cache', '캐싱']),
    );
  });
});
