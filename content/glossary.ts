// The course's terms, following the Kubernetes Korean localization glossary (see EDITORIAL.md).
// `id` is the public anchor (/glossary#id): readers share it, so it never changes.
// `term` is the word the chapters use; the first use of it in a chapter's prose links here.
export type GlossaryEntry = {
  id: string;
  term: string;
  english: string;
  definition: string;
  /**
   * Words in chapter prose that count as a use of the term; defaults to [term]. Empty when the
   * bare word is ambiguous in Korean prose (풀 also begins 풀다, 풀이 …), so it is never auto-linked.
   */
  matches?: readonly string[];
};

export function glossaryMatches(entry: GlossaryEntry): readonly string[] {
  return entry.matches ?? [entry.term];
}

export const glossary: readonly GlossaryEntry[] = [
  { id: 'docker', term: '도커', english: 'Docker', definition: '앱과 앱이 실행되는 데 필요한 모든 것을 이미지로 묶고, 그 이미지를 어디서나 컨테이너로 실행하게 해 주는 도구입니다. 2013년에 오픈 소스로 공개되었습니다.' },
  { id: 'container', term: '컨테이너', english: 'container', definition: '이미지를 실행한 것입니다. 호스트의 리눅스 커널을 함께 쓰면서 자기만의 파일과 네트워크를 가진 것처럼 격리된 프로세스이고, 멈춘 뒤에도 지우기 전까지 남아 있습니다.' },
  { id: 'image', term: '이미지', english: 'image', definition: '컨테이너를 만드는 데 쓰는 읽기 전용 꾸러미입니다. 앱과 라이브러리, 최소한의 리눅스 파일이 레이어로 쌓여 있고, 커널은 들어 있지 않습니다.' },
  { id: 'layer', term: '레이어', english: 'layer', definition: '이미지를 이루는 층 하나입니다. `Dockerfile`의 명령마다 만들어지고, 바뀌지 않은 레이어는 빌드 캐시와 다른 이미지에서 다시 쓰입니다.' },
  { id: 'dockerfile', term: 'Dockerfile', english: 'Dockerfile', definition: '이미지를 만드는 방법을 적은 레시피입니다. 확장자가 없는 텍스트 파일이고, `FROM`, `RUN`, `COPY` 같은 명령을 차례로 적습니다.' },
  { id: 'registry', term: '레지스트리', english: 'registry', definition: '이미지를 저장하고 나누는 서비스입니다. Docker Hub가 대표적이고, 회사 안에서 직접 운영하기도 합니다.' },
  { id: 'repository', term: '리포지터리', english: 'repository', definition: '레지스트리 안에서 같은 이미지의 여러 버전을 모아 두는 단위입니다. 버전은 태그로 구별합니다.' },
  { id: 'tag', term: '태그', english: 'tag', definition: '리포지터리 안의 이미지 버전에 붙이는 이름입니다. `ruby:3.3`의 `3.3`이 태그이고, 생략하면 `latest`가 쓰입니다.' },
  { id: 'build', term: '빌드', english: 'build', definition: '`Dockerfile`을 읽어 이미지를 만드는 일입니다. `docker build` 명령으로 합니다.' },
  { id: 'run', term: '실행', english: 'run', definition: '이미지로 새 컨테이너를 만들어 시작하는 일입니다. `docker run` 명령으로 합니다.' },
  { id: 'pull', term: '풀', english: 'pull', definition: '레지스트리에서 이미지를 내려받는 일입니다. `docker pull` 명령으로 합니다.', matches: [] },
  { id: 'push', term: '푸시', english: 'push', definition: '내 컴퓨터의 이미지를 레지스트리에 올리는 일입니다. `docker push` 명령으로 합니다.' },
  { id: 'virtual-machine', term: '가상 머신', english: 'virtual machine', definition: '하이퍼바이저가 흉내 낸 가상의 컴퓨터입니다. 자기만의 커널을 가진 운영체제 전체를 부팅합니다.' },
  { id: 'kernel', term: '커널', english: 'kernel', definition: '운영체제의 가장 안쪽에서 CPU, 메모리, 파일, 네트워크를 관리하는 핵심 프로그램입니다. 컨테이너들은 호스트의 커널 하나를 함께 씁니다.' },
  { id: 'pod', term: '파드', english: 'Pod', definition: '쿠버네티스가 만들고 지우는 가장 작은 실행 단위입니다. 보통 컨테이너 하나가 들어 있습니다.' },
  { id: 'node', term: '노드', english: 'Node', definition: '쿠버네티스 클러스터에서 파드가 실제로 실행되는 서버입니다. 물리 서버일 수도 있고 가상 머신일 수도 있습니다.' },
  { id: 'deployment', term: '디플로이먼트', english: 'Deployment', definition: '같은 파드를 몇 개 유지할지 선언하는 쿠버네티스 오브젝트입니다. 롤링 업데이트와 롤백도 맡습니다.' },
  { id: 'replicaset', term: '레플리카셋', english: 'ReplicaSet', definition: '정해진 수의 같은 파드가 늘 실행되도록 유지하는 쿠버네티스 오브젝트입니다. 보통 디플로이먼트가 만들고 관리합니다.' },
  { id: 'replica', term: '레플리카', english: 'replica', definition: '같은 파드의 복제본 하나하나를 가리키는 말입니다. 디플로이먼트의 `replicas` 값이 레플리카의 수입니다.' },
  { id: 'cluster', term: '클러스터', english: 'cluster', definition: '쿠버네티스가 하나로 묶어 관리하는 서버들의 모임입니다. 컨트롤 플레인과 노드로 이루어집니다.' },
  { id: 'control-plane', term: '컨트롤 플레인', english: 'control plane', definition: '클러스터 전체의 상태를 기록하고, 어떤 파드를 어느 노드에서 실행할지 결정하는 쿠버네티스의 두뇌입니다.' },
  { id: 'orchestration', term: '오케스트레이션', english: 'orchestration', definition: '여러 컨테이너의 배치, 실행, 복구, 확장을 자동으로 조율하는 일입니다. 쿠버네티스가 대표적인 도구입니다.' },
  { id: 'self-healing', term: '자가 치유', english: 'self-healing', definition: '멈추거나 응답하지 않는 컨테이너를 다시 시작하고, 사라진 파드를 새로 만들어 의도한 상태로 되돌리는 쿠버네티스의 능력입니다.' },
  { id: 'scale', term: '스케일', english: 'scale', definition: '같은 파드나 컨테이너의 수를 늘리거나 줄이는 일입니다.' },
  { id: 'autoscaling', term: '오토스케일링', english: 'autoscaling', definition: '부하에 따라 파드의 수를 자동으로 늘리고 줄이는 일입니다. 쿠버네티스에서는 Horizontal Pod Autoscaler가 맡습니다.' },
  { id: 'horizontal-pod-autoscaler', term: 'Horizontal Pod Autoscaler', english: 'Horizontal Pod Autoscaler', definition: 'CPU 사용률 같은 지표를 보고 디플로이먼트의 파드 수를 정해진 범위 안에서 자동으로 조절하는 쿠버네티스 오브젝트입니다.' },
  { id: 'rolling-update', term: '롤링 업데이트', english: 'rolling update', definition: '파드를 한꺼번에 바꾸지 않고 조금씩 차례로 새 버전으로 바꾸는 배포 방식입니다. 서비스를 멈추지 않고 업데이트할 수 있습니다.' },
  { id: 'rollout', term: '롤아웃', english: 'rollout', definition: '디플로이먼트가 새 버전의 파드로 옮겨 가는 과정입니다. `kubectl rollout status`로 진행 상황을 볼 수 있습니다.' },
  { id: 'rollback', term: '롤백', english: 'rollback', definition: '문제가 생긴 새 버전을 이전 버전으로 되돌리는 일입니다. `kubectl rollout undo`로 합니다.' },
  { id: 'desired-state', term: '의도한 상태', english: 'desired state', definition: '매니페스트에 적어 쿠버네티스에 알려 주는 “이렇게 되어 있어야 한다”는 상태입니다. 쿠버네티스는 실제 상태를 이 상태로 계속 맞춥니다.' },
  { id: 'load', term: '부하', english: 'load', definition: '서버나 파드가 처리해야 하는 일의 양입니다. 요청 수나 CPU 사용률로 가늠합니다.' },
  { id: 'health-check', term: '헬스 체크', english: 'health check', definition: '앱이 살아 있고 요청을 받을 준비가 되었는지 주기적으로 확인하는 일입니다. 쿠버네티스에서는 `livenessProbe`와 `readinessProbe`로 설정합니다.' },
  { id: 'manifest', term: '매니페스트', english: 'manifest', definition: '쿠버네티스 오브젝트의 의도한 상태를 적은 YAML 파일입니다. `kubectl apply -f`로 클러스터에 적용합니다.' },
];
