import { beforeAll, describe, expect, it } from 'vitest';
import { componentProps } from '@/components/mdx/component-props';
import { buildSearchIndex, loadSearchDocuments } from '@/lib/search/build-index';
import type { SearchDocument, SearchHit } from '@/lib/search/engine';
import { find } from '@/lib/search/forgive';
import { readIndexFile, searchIndexVersion } from '@/lib/search/index-file';

// Real queries, typed the way readers type them, and the section each must put first.
const firstResults: [query: string, id: string][] = [
  ['레이어 캐시', 'container#layers-and-cache'],
  ['빌드 캐시', 'container#layers-and-cache'],
  ['롤백', 'kubernetes#rolling-update'],
  ['롤링 업데이트', 'kubernetes#rolling-update'],
  ['k8s', 'kubernetes'],
  ['쿠버네티스를', 'kubernetes'],
  ['파드를', 'kubernetes#pods-nodes-deployments'],
  ['노드가', 'kubernetes#pods-nodes-deployments'],
  ['docker hub 공식 이미지', 'docker-hub#trusted-images'],
  ['도커 허브 공식 이미지', 'docker-hub#trusted-images'],
  ['WSL', 'docker-desktop#how-it-works'],
  // Was docker-desktop#how-it-works; a chapter's main subject now lands on the chapter (issue 18).
  ['도커 데스크톱', 'docker-desktop'],
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
  // A chapter's main subject lands on the chapter (its title names it).
  ['도커', 'docker'],
  ['docker', 'docker'],
  ['컨테이너', 'container'],
  ['도커 허브', 'docker-hub'],
  ['Docker Hub', 'docker-hub'],
  // 1장: the commands, each where it is first taught.
  ['hello-world', 'docker#hello-world'],
  ['docker ps', 'docker#look-inside'],
  ['docker logs', 'docker#look-inside'],
  ['docker exec', 'docker#look-inside'],
  ['컨테이너 지우기', 'docker#stop-and-remove'],
  ['docker rm', 'docker#stop-and-remove'],
  ['docker system prune', 'docker#stop-and-remove'],
  ['포트 연결', 'docker#run-a-server'],
  ['nginx', 'docker#run-a-server'],
  ['웹 서버 띄우기', 'docker#run-a-server'],
  // 2장
  ['커널', 'background#linux-and-open-source'],
  ['네임스페이스', 'background#linux-and-open-source'],
  ['cgroups', 'background#linux-and-open-source'],
  ['리눅스', 'background#linux-and-open-source'],
  ['하이퍼바이저', 'background#vm-vs-container'],
  ['uname', 'background#vm-vs-container'],
  ['가볍고 빠른 이유', 'background#light-and-fast'],
  // 3장
  ['Dockerfile', 'container#recipe-image-container'],
  ['도커파일', 'container#recipe-image-container'],
  ['레시피', 'container#recipe-image-container'],
  ['쓰기 레이어', 'container#recipe-image-container'],
  ['WORKDIR', 'container#ingredients'],
  ['rails new', 'container#new-rails-app'],
  ['레이어', 'container#layers-and-cache'],
  ['.dockerignore', 'container#layers-and-cache'],
  ['볼륨', 'container#volumes-and-bind-mounts'],
  ['volume', 'container#volumes-and-bind-mounts'],
  ['바인드 마운트', 'container#volumes-and-bind-mounts'],
  // 4장
  ['리포지터리', 'docker-hub#image-registry'],
  ['latest', 'docker-hub#names-and-tags'],
  ['다이제스트', 'docker-hub#moving-tags'],
  ['digest', 'docker-hub#moving-tags'],
  ['docker pull', 'docker-hub#pull-and-run'],
  ['docker search', 'docker-hub#pull-and-run'],
  ['비공개 리포지터리', 'docker-hub#push-your-image'],
  ['공식 이미지', 'docker-hub#trusted-images'],
  ['Verified Publisher', 'docker-hub#trusted-images'],
  // 5장
  ['docker compose pull', 'docker-desktop#team-compose'],
  ['Apple 실리콘', 'docker-desktop#same-image-on-the-server'],
  ['Hyper-V', 'docker-desktop#how-it-works'],
  ['설치 확인', 'docker-desktop#install-and-check'],
  // 6장
  ['오케스트레이션', 'kubernetes#many-containers'],
  ['컨트롤 플레인', 'kubernetes#conductor'],
  ['minikube', 'kubernetes#practice-cluster'],
  ['kind', 'kubernetes#practice-cluster'],
  ['디플로이먼트', 'kubernetes#pods-nodes-deployments'],
  ['deployment', 'kubernetes#pods-nodes-deployments'],
  ['레플리카셋', 'kubernetes#pods-nodes-deployments'],
  ['의도한 상태', 'kubernetes#pods-nodes-deployments'],
  ['스케줄러', 'kubernetes#pods-nodes-deployments'],
  ['레이블', 'kubernetes#labels-and-selectors'],
  ['셀렉터', 'kubernetes#labels-and-selectors'],
  ['컨피그맵', 'kubernetes#configmap-and-secret'],
  ['시크릿', 'kubernetes#configmap-and-secret'],
  ['secret', 'kubernetes#configmap-and-secret'],
  ['매니페스트', 'kubernetes#deployment-manifest'],
  ['readinessProbe', 'kubernetes#deployment-manifest'],
  ['kubectl get pods', 'kubernetes#reading-pods'],
  ['CrashLoopBackOff', 'kubernetes#debugging'],
  ['ImagePullBackOff', 'kubernetes#debugging'],
  ['OOMKilled', 'kubernetes#debugging'],
  ['kubectl logs', 'kubernetes#debugging'],
  ['서비스', 'kubernetes#service'],
  ['port-forward', 'kubernetes#service'],
  ['Horizontal Pod Autoscaler', 'kubernetes#scaling'],
  ['스케일', 'kubernetes#scaling'],
  ['Metrics Server', 'kubernetes#scaling'],
  ['축출', 'kubernetes#self-healing'],
  ['노드 고장', 'kubernetes#self-healing'],
  ['롤아웃', 'kubernetes#rolling-update'],
  ['kubectl rollout undo', 'kubernetes#rolling-update'],
  ['Borg', 'kubernetes#origin'],
  ['CNCF', 'kubernetes#origin'],
  // How readers mistype: 초성 only, the keyboard left in English, one wrong letter, mixed 한/영.
  ['ㄷㅋ', 'docker'],
  ['ㅋㅂㄴㅌㅅ', 'kubernetes'],
  ['ㄹㅂ', 'kubernetes#rolling-update'],
  ['ehzj', 'docker'],
  ['zjsxpdlsj', 'container'],
  ['vkem', 'kubernetes#pods-nodes-deployments'],
  ['kubenetes', 'kubernetes'],
  ['dokcer', 'docker'],
  ['dockerfiel', 'container#recipe-image-container'],
  ['도커 image', 'docker#what-docker-promises'],
  ['docker 설치', 'docker#install-first'],
  // Once expected failures, first now that a name counts where the course teaches it (lib/search/taught.ts):
  // Pending and Docker Engine where a sentence says what they are, docker tag where a sentence
  // opens with it, docker compose up where the glossary's Docker Compose is taught (its shell block
  // runs it), 내려받기 as the course's word for pull.
  ['Pending', 'kubernetes#reading-pods'],
  ['docker compose up', 'container#compose'],
  ['docker tag', 'docker-hub#push-your-image'],
  ['이미지 내려받기', 'docker-hub#pull-and-run'],
  ['Docker Engine', 'docker-desktop#same-image-on-the-server'],
  // Was kubernetes#reading-pods, which contradicted the table: Pod is the glossary's English name of
  // 파드, 파드를 and deployment land on the section that defines them, and a term's two names lead to
  // the same section (below). kubectl get pods still lands on reading-pods.
  ['pod', 'kubernetes#pods-nodes-deployments'],
];

let documents: SearchDocument[];
let run: (query: string, limit?: number) => SearchHit[];

// Compiles every chapter through the MDX pipeline, as the build does: allow it a minute.
beforeAll(async () => {
  documents = await loadSearchDocuments(componentProps);
  // Through the serialized form, exactly as the browser loads it.
  const loaded = readIndexFile(JSON.parse(JSON.stringify(await buildSearchIndex(componentProps))));
  run = (query, limit = 20) => find(loaded, query, limit).hits;
}, 60_000);

describe('search ranking over the real chapters', () => {
  it.each(firstResults)('"%s" ranks %s first', (query, id) => {
    expect(run(query)[0]?.id).toBe(id);
  });

  it('finds words carrying particles: 컨테이너 finds 컨테이너를 and 컨테이너가', () => {
    const withParticle = (particle: string) =>
      documents.filter((doc) => doc.text.includes(`컨테이너${particle}`)).map((doc) => doc.id);
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
    // The same sections, led by the same one; the reader's own spelling counts a little more, so
    // the order further down may differ.
    const ids = (query: string) => run(query, 1000).map((hit) => hit.id);
    expect(new Set(ids('쿠버네티스'))).toEqual(new Set(ids('Kubernetes')));
    expect(ids('쿠버네티스')[0]).toBe(ids('Kubernetes')[0]);
    expect(run('도커')[0]?.id).toBe(run('Docker')[0]?.id);
    expect(run('image')[0]?.id).toBe(run('이미지')[0]?.id);
    expect(run('pod')[0]?.id).toBe(run('파드')[0]?.id);
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
    expect(() => readIndexFile({ v: searchIndexVersion + 1, index: {}, synonyms: [] })).toThrow();
    expect(() => readIndexFile({ v: searchIndexVersion, index: {}, synonyms: [[1]] })).toThrow();
  });

  it('links every section result to its chapter and heading', () => {
    for (const doc of documents) {
      if (doc.url.startsWith('/glossary')) expect(doc.url).toMatch(/^\/glossary#[a-z0-9-]+$/);
      else expect(doc.url).toMatch(/^\/learn\/[a-z-]+(#[a-z0-9-]+)?$/);
    }
  });
});
