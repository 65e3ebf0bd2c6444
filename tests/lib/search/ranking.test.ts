import { beforeAll, describe, expect, it } from 'vitest';
import { componentProps } from '@/components/mdx/component-props';
import { buildSearchIndex, loadSearchDocuments } from '@/lib/search/build-index';
import { search, type SearchDocument } from '@/lib/search/engine';
import { readIndexFile } from '@/lib/search/index-file';

// Real queries, typed the way readers type them, and the section each must put first.
const firstResults: [query: string, id: string][] = [
  ['레이어 캐시', 'container#layers-and-cache'],
  ['빌드 캐시', 'container#layers-and-cache'],
  ['롤백', 'kubernetes#rolling-update'],
  ['롤링 업데이트', 'kubernetes#rolling-update'],
  ['k8s', 'kubernetes'],
  ['쿠버네티스를', 'kubernetes'],
  ['파드를', 'kubernetes#pods-nodes-deployments'],
  // `kubectl get pods` is where an English "pod" is typed (issue 13 added the section).
  ['pod', 'kubernetes#reading-pods'],
  ['노드가', 'kubernetes#pods-nodes-deployments'],
  ['docker hub 공식 이미지', 'docker-hub#trusted-images'],
  ['도커 허브 공식 이미지', 'docker-hub#trusted-images'],
  ['WSL', 'docker-desktop#how-it-works'],
  ['도커 데스크톱', 'docker-desktop#how-it-works'],
  // Chapter 1 now sends readers to install before the first command (issue 13).
  ['설치', 'docker#install-first'],
  ['가상 머신', 'background#vm-vs-container'],
  ['vm', 'background#vm-vs-container'],
  ['오픈소스', 'background#linux-and-open-source'],
  ['자가 치유', 'kubernetes#self-healing'],
  ['self-healing', 'kubernetes#self-healing'],
  ['오토스케일링', 'kubernetes#scaling'],
  ['hpa', 'kubernetes#scaling'],
  ['부하', 'kubernetes#scaling'],
  ['태그', 'docker-hub#moving-tags'],
  ['이미지 이름과 태그', 'docker-hub#names-and-tags'],
  ['이미지 올리기', 'docker-hub#push-your-image'],
  ['docker push', 'docker-hub#push-your-image'],
  ['compose', 'container#compose'],
  ['컴포즈', 'container#compose'],
  ['밀키트', 'container#recipe-image-container'],
  ['화물선', 'container#shipping-container'],
  ['지휘자', 'kubernetes#conductor'],
  ['내 컴퓨터에서는 되는데', 'docker#works-on-my-machine'],
  ['레지스트리', 'docker-hub#image-registry'],
];

let documents: SearchDocument[];
let run: (query: string, limit?: number) => ReturnType<typeof search>;

// Compiles every chapter through the MDX pipeline, as the build does: allow it a minute.
beforeAll(async () => {
  documents = await loadSearchDocuments(componentProps);
  // Through the serialized form, exactly as the browser loads it.
  const { index, synonyms } = readIndexFile(JSON.parse(JSON.stringify(await buildSearchIndex(componentProps))));
  run = (query, limit) => search(index, query, synonyms, limit);
}, 60_000);

describe('search ranking over the real chapters', () => {
  it.each(firstResults)('"%s" ranks %s first', (query, id) => {
    expect(run(query)[0]?.id).toBe(id);
  });

  it('finds words carrying particles: 컨테이너 finds 컨테이너를 and 컨테이너가', () => {
    const withParticle = (particle: string) => documents.filter((doc) => doc.text.includes(`컨테이너${particle}`)).map((doc) => doc.id);
    const found = new Set(run('컨테이너', 1000).map((hit) => hit.id));
    const expected = [...withParticle('를'), ...withParticle('가')];
    expect(expected.length).toBeGreaterThan(5);
    for (const id of expected) expect(found.has(id), id).toBe(true);
  });

  it('matches partial words as they are typed', () => {
    expect(run('쿠버')[0]?.id).toMatch(/^kubernetes/);
    expect(run('컨테이ㄴ').length).toBeGreaterThan(0);
    expect(run('오케스')[0]?.id).toBe('kubernetes#conductor');
  });

  it('finds English names from Korean and Korean names from English', () => {
    expect(run('쿠버네티스').map((hit) => hit.id)).toEqual(run('Kubernetes').map((hit) => hit.id));
    expect(run('도커')[0]?.id).toBe(run('Docker')[0]?.id);
    expect(run('image')[0]?.id).toBe(run('이미지')[0]?.id);
  });

  it('lists glossary entries after the sections, and finds them', () => {
    const hits = run('롤백');
    const firstGlossary = hits.findIndex((hit) => hit.url.startsWith('/glossary#'));
    expect(hits[firstGlossary]?.id).toBe('glossary#rollback');
    expect(hits.slice(firstGlossary).every((hit) => hit.url.startsWith('/glossary#'))).toBe(true);
  });

  it('tolerates a typo in an English name', () => {
    expect(run('kubernets')[0]?.id).toMatch(/^kubernetes/);
  });

  it('shows partial matches rather than nothing', () => {
    expect(run('롤백 바나나')[0]?.id).toBe('kubernetes#rolling-update');
    expect(run('바나나')).toEqual([]);
    expect(run('   ')).toEqual([]);
  });

  it('refuses an index file it cannot read', () => {
    expect(() => readIndexFile(null)).toThrow();
    expect(() => readIndexFile({ v: 2, index: {}, synonyms: [] })).toThrow();
    expect(() => readIndexFile({ v: 1, index: {}, synonyms: [[1]] })).toThrow();
  });

  it('links every section result to its chapter and heading', () => {
    for (const doc of documents) {
      if (doc.url.startsWith('/glossary')) expect(doc.url).toMatch(/^\/glossary#[a-z0-9-]+$/);
      else expect(doc.url).toMatch(/^\/learn\/[a-z-]+(#[a-z0-9-]+)?$/);
    }
  });
});
