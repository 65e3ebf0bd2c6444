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

// Sorted 가나다순 by term (Intl.Collator('ko')), as the glossary page lists them.
export const glossary: readonly GlossaryEntry[] = [
  { id: 'virtual-machine', term: '가상 머신', english: 'virtual machine', definition: '하이퍼바이저가 흉내 낸 가상의 컴퓨터입니다. 자기만의 커널을 가진 운영체제 전체를 부팅합니다.' },
  { id: 'node', term: '노드', english: 'Node', definition: '쿠버네티스 클러스터에서 파드가 실제로 실행되는 서버입니다. 물리 서버일 수도 있고 가상 머신일 수도 있습니다.' },
  { id: 'digest', term: '다이제스트', english: 'digest', definition: '이미지의 내용으로 계산한 `sha256:`으로 시작하는 값입니다. 태그와 달리 언제나 같은 이미지를 가리키므로, `ruby:3.4-slim-trixie@sha256:…`처럼 붙여 이미지를 고정합니다.' },
  { id: 'docker', term: '도커', english: 'Docker', definition: '앱과 앱이 실행되는 데 필요한 모든 것을 이미지로 묶고, 그 이미지를 어디서나 컨테이너로 실행하게 해 주는 도구입니다. 2013년에 오픈 소스로 공개되었습니다.' },
  { id: 'deployment', term: '디플로이먼트', english: 'Deployment', definition: '같은 파드를 몇 개 유지할지 선언하는 쿠버네티스 오브젝트입니다. 롤링 업데이트와 롤백도 맡습니다.' },
  { id: 'label', term: '레이블', english: 'label', definition: '`app: web`처럼 쿠버네티스 오브젝트에 붙이는 키와 값의 쌍입니다. 디플로이먼트와 서비스는 레이블로 자기 파드를 알아봅니다.' },
  { id: 'layer', term: '레이어', english: 'layer', definition: '이미지를 이루는 층 하나입니다. `Dockerfile`에서 파일을 바꾸는 명령(`RUN`, `COPY`, `ADD`)이 하나씩 만들고, `CMD`나 `ENV` 같은 명령은 설정만 기록합니다. 같은 레이어는 여러 이미지가 나눠 씁니다.' },
  { id: 'registry', term: '레지스트리', english: 'registry', definition: '이미지를 저장하고 나누는 서비스입니다. Docker Hub가 대표적이고, 회사 안에서 직접 운영하기도 합니다.' },
  { id: 'replica', term: '레플리카', english: 'replica', definition: '같은 파드의 복제본 하나하나를 가리키는 말입니다. 디플로이먼트의 `replicas` 값이 레플리카의 수입니다.' },
  { id: 'replicaset', term: '레플리카셋', english: 'ReplicaSet', definition: '정해진 수의 같은 파드가 늘 실행되도록 유지하는 쿠버네티스 오브젝트입니다. 보통 디플로이먼트가 만들고 관리합니다.' },
  { id: 'rolling-update', term: '롤링 업데이트', english: 'rolling update', definition: '파드를 한꺼번에 바꾸지 않고 조금씩 차례로 새 버전으로 바꾸는 배포 방식입니다. 서비스를 멈추지 않고 업데이트할 수 있습니다.' },
  { id: 'rollback', term: '롤백', english: 'rollback', definition: '문제가 생긴 새 버전을 이전 버전으로 되돌리는 일입니다. `kubectl rollout undo`로 합니다.' },
  { id: 'rollout', term: '롤아웃', english: 'rollout', definition: '디플로이먼트가 새 버전의 파드로 옮겨 가는 과정입니다. `kubectl rollout status`로 진행 상황을 볼 수 있습니다.' },
  { id: 'resource', term: '리소스', english: 'resource', definition: 'CPU와 메모리처럼 컨테이너가 쓰는 컴퓨터의 자산입니다. 쿠버네티스 문서는 이 말을 씁니다.' },
  { id: 'repository', term: '리포지터리', english: 'repository', definition: '레지스트리 안에서 같은 이미지의 여러 버전을 모아 두는 단위입니다. 버전은 태그로 구별합니다.' },
  { id: 'manifest', term: '매니페스트', english: 'manifest', definition: '쿠버네티스 오브젝트의 의도한 상태를 적은 YAML 파일입니다. `kubectl apply -f`로 클러스터에 적용합니다.' },
  { id: 'bind-mount', term: '바인드 마운트', english: 'bind mount', definition: '내 컴퓨터의 폴더를 컨테이너 안에 그대로 보여 주는 연결입니다. 개발할 때 코드를 고치면 이미지를 다시 빌드하지 않아도 컨테이너에 바로 보입니다.' },
  { id: 'base-image', term: '베이스 이미지', english: 'base image', definition: '`Dockerfile`의 `FROM`에 적는, 빌드의 출발점이 되는 이미지입니다. 지원이 끝나지 않은 버전을 골라야 보안 업데이트를 받습니다.' },
  { id: 'volume', term: '볼륨', english: 'volume', definition: '도커나 쿠버네티스가 관리하는, 컨테이너 밖의 저장 공간입니다. 컨테이너를 지웠다가 다시 만들어도 남으므로 데이터베이스의 데이터처럼 지켜야 할 파일을 둡니다.' },
  { id: 'load', term: '부하', english: 'load', definition: '서버나 파드가 처리해야 하는 일의 양입니다. 요청 수나 CPU 사용률로 가늠합니다.' },
  { id: 'build', term: '빌드', english: 'build', definition: '`Dockerfile`을 읽어 이미지를 만드는 일입니다. `docker build` 명령으로 합니다.' },
  { id: 'build-cache', term: '빌드 캐시', english: 'build cache', definition: '지난 빌드에서 명령마다 만든 결과를 모아 둔 것입니다. `RUN`은 명령의 글자가, `COPY`는 파일의 내용이 같으면 다시 쓰고, 한 단계가 바뀌면 그 뒤의 단계는 모두 다시 실행됩니다.' },
  { id: 'service', term: '서비스', english: 'Service', definition: '레이블이 맞는 파드들 앞에 변하지 않는 이름과 주소를 두고, 그 주소로 온 요청을 준비된 파드에 나눠 보내는 쿠버네티스 오브젝트입니다.', matches: ['서비스(Service)'] },
  { id: 'selector', term: '셀렉터', english: 'selector', definition: '“이 레이블이 붙은 것”을 고르는 조건입니다. 디플로이먼트와 서비스가 어느 파드를 다룰지 정합니다.' },
  { id: 'scale', term: '스케일', english: 'scale', definition: '같은 파드나 컨테이너의 수를 늘리거나 줄이는 일입니다.' },
  { id: 'scheduler', term: '스케줄러', english: 'scheduler', definition: '새 파드를 둘 노드를 고르는 컨트롤 플레인의 구성 요소입니다. 파드의 요청을 받아 줄 수 없는 노드를 거르고, 남은 노드에 점수를 매겨 고릅니다.' },
  { id: 'secret', term: '시크릿', english: 'Secret', definition: '비밀번호나 키 같은 비밀 정보를 담아 파드에 넘기는 쿠버네티스 오브젝트입니다. 값은 암호화가 아니라 인코딩만 되므로 접근 권한을 제한해야 합니다.' },
  { id: 'run', term: '실행', english: 'run', definition: '이미지로 새 컨테이너를 만들어 시작하는 일입니다. `docker run` 명령으로 하고, 멈춘 컨테이너를 다시 시작하는 `docker start`와는 다릅니다.', matches: [] },
  { id: 'writable-layer', term: '쓰기 레이어', english: 'writable layer', definition: '컨테이너마다 이미지 위에 하나씩 얹히는, 쓸 수 있는 레이어입니다. 컨테이너 안에서 바꾼 파일이 여기에 기록되고, 컨테이너를 지우면 함께 사라집니다.' },
  { id: 'orchestration', term: '오케스트레이션', english: 'orchestration', definition: '여러 컨테이너의 배치, 실행, 복구, 확장을 자동으로 조율하는 일입니다. 쿠버네티스가 대표적인 도구입니다.' },
  { id: 'autoscaling', term: '오토스케일링', english: 'autoscaling', definition: '부하에 따라 파드의 수를 자동으로 늘리고 줄이는 일입니다. 쿠버네티스에서는 Horizontal Pod Autoscaler가 맡습니다.' },
  { id: 'resource-request', term: '요청', english: 'request', definition: '`resources.requests`에 적는, 컨테이너가 쓸 것으로 예상하는 CPU와 메모리의 양입니다. 스케줄러와 Horizontal Pod Autoscaler가 이 값을 기준으로 계산합니다.', matches: ['요청(request)'] },
  { id: 'desired-state', term: '의도한 상태', english: 'desired state', definition: '매니페스트에 적어 쿠버네티스에 알려 주는 “이렇게 되어 있어야 한다”는 상태입니다. 쿠버네티스는 실제 상태를 이 상태로 계속 맞춥니다.' },
  { id: 'image', term: '이미지', english: 'image', definition: '컨테이너를 만드는 데 쓰는 읽기 전용 꾸러미입니다. 앱과 라이브러리, 최소한의 리눅스 파일이 레이어로 쌓여 있고, 커널은 들어 있지 않습니다.' },
  { id: 'self-healing', term: '자가 치유', english: 'self-healing', definition: '멈추거나 응답하지 않는 컨테이너를 다시 시작하고, 사라진 파드를 새로 만들어 의도한 상태로 되돌리는 쿠버네티스의 능력입니다.' },
  { id: 'readiness-probe', term: '준비성 프로브', english: 'readiness probe', definition: '파드가 요청을 받을 준비가 되었는지 확인하는 헬스 체크(`readinessProbe`)입니다. 실패하는 동안에는 서비스가 그 파드에 요청을 보내지 않습니다.' },
  { id: 'eviction', term: '축출', english: 'eviction', definition: '파드를 노드에서 내보내는 일입니다. 고장 난 노드의 파드는 기본 설정에서 노드가 `NotReady`가 된 뒤 5분이 지나면 축출되고, 다른 노드에 새로 만들어집니다.' },
  { id: 'kernel', term: '커널', english: 'kernel', definition: '운영체제의 가장 안쪽에서 CPU, 메모리, 파일, 네트워크를 관리하는 핵심 프로그램입니다. 컨테이너들은 호스트의 커널 하나를 공유합니다.' },
  { id: 'container', term: '컨테이너', english: 'container', definition: '이미지를 실행한 것입니다. 호스트의 리눅스 커널을 공유하면서 자기만의 파일과 네트워크를 가진 것처럼 격리된 프로세스이고, 멈춘 뒤에도 지우기 전까지 남아 있습니다.' },
  { id: 'container-runtime', term: '컨테이너 런타임', english: 'container runtime', definition: '노드에서 실제로 컨테이너를 실행하는 프로그램입니다. kubelet이 이 프로그램에 컨테이너를 띄우라고 요청합니다.' },
  { id: 'control-plane', term: '컨트롤 플레인', english: 'control plane', definition: '클러스터 전체의 상태를 기록하고, 어떤 파드를 어느 노드에서 실행할지 결정하는 쿠버네티스의 두뇌입니다. 스케줄러와 컨트롤러가 여기에서 일합니다.' },
  { id: 'configmap', term: '컨피그맵', english: 'ConfigMap', definition: '설정 값을 담아 두고 파드에 환경 변수나 파일로 넘기는 쿠버네티스 오브젝트입니다.' },
  { id: 'kubernetes', term: '쿠버네티스', english: 'Kubernetes', definition: '여러 서버에 걸쳐 컨테이너의 배치, 복구, 확장, 배포를 자동으로 조율하는 오픈 소스 오케스트레이션 도구입니다. K8s라고도 씁니다.' },
  { id: 'cluster', term: '클러스터', english: 'cluster', definition: '쿠버네티스가 하나로 묶어 관리하는 서버들의 모임입니다. 컨트롤 플레인과 노드로 이루어집니다.' },
  { id: 'tag', term: '태그', english: 'tag', definition: '리포지터리 안의 이미지 버전에 붙이는 이름입니다. `ruby:3.4`의 `3.4`가 태그이고, 생략하면 `latest`가 쓰입니다. 게시자가 다른 이미지로 옮겨 붙일 수 있습니다.' },
  { id: 'pod', term: '파드', english: 'Pod', definition: '쿠버네티스가 만들고 지우는 가장 작은 실행 단위입니다. 보통 컨테이너 하나가 들어 있습니다.' },
  { id: 'port-mapping', term: '포트 연결', english: 'port mapping', definition: '`docker run -p 8080:80`처럼 내 컴퓨터의 포트(콜론 앞)를 컨테이너의 포트(콜론 뒤)에 잇는 일입니다. 브라우저는 콜론 앞의 포트로 접속합니다.', matches: [] },
  { id: 'push', term: '푸시', english: 'push', definition: '내 컴퓨터의 이미지를 레지스트리에 올리는 일입니다. `docker push` 명령으로 합니다.' },
  { id: 'pull', term: '풀', english: 'pull', definition: '레지스트리에서 이미지를 내려받는 일입니다. `docker pull` 명령으로 합니다.', matches: [] },
  { id: 'hypervisor', term: '하이퍼바이저', english: 'hypervisor', definition: '가상의 CPU, 메모리, 디스크를 만들어 그 위에서 게스트 운영체제를 실행하게 하는 프로그램입니다.' },
  { id: 'resource-limit', term: '한도', english: 'limit', definition: '`resources.limits`에 적는, 컨테이너가 넘지 못하는 양입니다. 메모리 한도를 넘으면 컨테이너가 `OOMKilled`로 종료됩니다.', matches: ['한도(limit)'] },
  { id: 'health-check', term: '헬스 체크', english: 'health check', definition: '앱이 살아 있고 요청을 받을 준비가 되었는지 주기적으로 확인하는 일입니다. 쿠버네티스에서는 준비성 프로브와 활성 프로브로 설정합니다.' },
  { id: 'host', term: '호스트', english: 'host', definition: '컨테이너를 실행하는 컴퓨터입니다. 맥과 윈도우에서는 Docker Desktop이 띄운 리눅스 가상 머신이 컨테이너의 호스트가 됩니다.' },
  { id: 'liveness-probe', term: '활성 프로브', english: 'liveness probe', definition: '컨테이너가 살아서 응답하는지 확인하는 헬스 체크(`livenessProbe`)입니다. 기본 3번 연달아 실패하면 kubelet이 컨테이너를 다시 시작합니다.' },
  { id: 'apple-silicon', term: 'Apple 실리콘', english: 'Apple silicon', definition: 'M1 이후 맥에 쓰이는 Apple의 `arm64` 칩입니다. 여기서 빌드한 이미지는 `amd64` 서버에서 실행되지 않을 수 있습니다.' },
  { id: 'crash-loop-back-off', term: 'CrashLoopBackOff', english: 'CrashLoopBackOff', definition: '컨테이너가 시작하자마자 멈추기를 반복해, kubelet이 간격을 최대 5분까지 늘리며 다시 시작하는 상태입니다. `kubectl logs --previous`로 원인을 찾습니다.', matches: [] },
  { id: 'docker-compose', term: 'Docker Compose', english: 'Docker Compose', definition: '여러 컨테이너를 `compose.yaml` 한 파일에 적고 `docker compose up`으로 함께 띄우는 도구입니다.' },
  { id: 'docker-desktop', term: 'Docker Desktop', english: 'Docker Desktop', definition: '맥과 윈도우(그리고 리눅스)에서 가벼운 리눅스 가상 머신을 띄워 그 안에서 Docker Engine과 컨테이너를 실행해 주는 프로그램입니다.' },
  { id: 'docker-engine', term: 'Docker Engine', english: 'Docker Engine', definition: '리눅스에서 이미지를 빌드하고 컨테이너를 실행하는 도커의 핵심 프로그램입니다. 서버에는 보통 이것을 설치합니다.' },
  { id: 'docker-hub', term: 'Docker Hub', english: 'Docker Hub', definition: '도커를 만든 회사가 운영하는 공개 레지스트리입니다. 도커는 따로 지정하지 않으면 이곳에서 이미지를 찾습니다.' },
  { id: 'dockerfile', term: 'Dockerfile', english: 'Dockerfile', definition: '이미지를 만드는 방법을 적은 레시피입니다. 확장자가 없는 텍스트 파일이고, `FROM`, `RUN`, `COPY` 같은 명령을 차례로 적습니다.' },
  { id: 'horizontal-pod-autoscaler', term: 'Horizontal Pod Autoscaler', english: 'Horizontal Pod Autoscaler', definition: 'CPU 사용률 같은 지표를 보고 필요한 파드 수를 ⌈현재 파드 수 × 현재 사용률 ÷ 목표 사용률⌉로 계산해, 정해진 범위 안에서 조절하는 쿠버네티스 오브젝트입니다.' },
  { id: 'image-pull-back-off', term: 'ImagePullBackOff', english: 'ImagePullBackOff', definition: '노드가 이미지를 받지 못해, 간격을 늘려 가며 다시 시도하는 상태입니다. 이름이나 태그의 오타, 빠진 `imagePullSecrets`가 흔한 원인입니다.', matches: [] },
  { id: 'kubectl', term: 'kubectl', english: 'kubectl', definition: '쿠버네티스 클러스터에 요청을 보내는 명령어 도구입니다. `kubectl apply`, `kubectl get pods`처럼 씁니다.', matches: [] },
  { id: 'kubelet', term: 'kubelet', english: 'kubelet', definition: '노드마다 실행되는 쿠버네티스의 에이전트입니다. 그 노드에 배정된 파드의 컨테이너를 띄우고, 멈추면 다시 시작하고, 프로브로 상태를 확인합니다.' },
  { id: 'oom-killed', term: 'OOMKilled', english: 'OOMKilled', definition: '컨테이너가 메모리 한도보다 많이 써서 강제로 종료되었다는 뜻입니다. `kubectl describe`의 `Last State`에 보입니다.', matches: [] },
  { id: 'pending', term: 'Pending', english: 'Pending', definition: '파드가 아직 실행되지 못한 단계입니다. 노드에 배정되기를 기다리는 동안 `kubectl get pods`에 이렇게 보이고, 오래 머물면 요청을 받아 줄 노드가 없는지 `kubectl describe`의 이벤트를 봅니다.', matches: [] },
  { id: 'wsl-2', term: 'WSL 2', english: 'Windows Subsystem for Linux 2', definition: '윈도우 안에서 진짜 리눅스 커널을 실행하는 Microsoft의 기능입니다. 윈도우의 Docker Desktop이 이 위에서 동작합니다.' },
];
