import { failure, hint, stdout, success, unsupported, type Result } from './output';
import { resolveKind } from './resources';

// `kubectl explain` for the fields the chapter talks about, in the layout kubectl prints from
// the server's OpenAPI v3 schema (GROUP/KIND/VERSION, FIELD, DESCRIPTION wrapped at 80 columns),
// followed by one Korean line. The English descriptions are the API's own (k8s.io/api types.go).

interface Field {
  type: string;
  description: string;
  korean: string;
}

const KINDS = {
  deployments: { group: 'apps', kind: 'Deployment', version: 'v1' },
  pods: { group: '', kind: 'Pod', version: 'v1' },
  services: { group: '', kind: 'Service', version: 'v1' },
} as const;

const FIELDS: Record<string, Field> = {
  'deployments.spec.replicas': {
    type: '<integer>',
    description:
      'Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.',
    korean: '유지할 파드 수입니다. Horizontal Pod Autoscaler를 쓰면 이 값은 오토스케일러가 정하므로 매니페스트에 적지 않습니다.',
  },
  'deployments.spec.selector': {
    type: '<LabelSelector> -required-',
    description:
      "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.",
    korean: '이 디플로이먼트가 자기 파드로 셀 파드를 고르는 레이블 조건입니다. template의 labels와 맞아야 합니다.',
  },
  'deployments.spec.template': {
    type: '<PodTemplateSpec> -required-',
    description:
      'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".',
    korean: '새로 만들 파드의 설계도입니다. 이 부분이 바뀌면(예: 이미지) 새 레플리카셋이 생기고 롤링 업데이트가 일어납니다.',
  },
  'pods.spec.containers': {
    type: '<[]Container> -required-',
    description:
      'List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.',
    korean: '파드에 들어가는 컨테이너 목록입니다. 보통 하나이고, 꼭 함께 있어야 하는 보조 컨테이너를 더하기도 합니다.',
  },
  'services.spec.selector': {
    type: '<map[string]string>',
    description:
      'Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/',
    korean: '서비스가 요청을 보낼 파드를 고르는 레이블입니다. 준비성 프로브를 통과한 파드에만 보냅니다.',
  },
};

const RESOURCES: Record<keyof typeof KINDS, { description: string; korean: string }> = {
  deployments: {
    description: 'Deployment enables declarative updates for Pods and ReplicaSets.',
    korean: '디플로이먼트는 같은 파드를 몇 개 유지할지 선언하고, 레플리카셋을 만들어 파드를 유지합니다.',
  },
  pods: {
    description:
      'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
    korean: '파드는 쿠버네티스가 실행하는 가장 작은 단위로, 보통 컨테이너 하나가 들어 있습니다.',
  },
  services: {
    description:
      'Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.',
    korean: '서비스는 셀렉터에 맞는 파드들 앞에 변하지 않는 이름과 주소를 둡니다.',
  },
};

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const header = (kind: keyof typeof KINDS) => {
  const { group, kind: name, version } = KINDS[kind];
  return [...(group ? [`GROUP:      ${group}`] : []), `KIND:       ${name}`, `VERSION:    ${version}`, ''];
};

export function runExplain(argv: readonly string[]): Result {
  const path = argv.find((arg) => !arg.startsWith('-'));
  if (path === undefined) {
    return failure(
      'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
      '설명을 볼 종류나 필드를 적으세요. 예: kubectl explain deployment.spec.replicas.',
    );
  }
  const [word = '', ...fields] = path.split('.');
  const type = resolveKind(word);
  if (!type)
    return failure(
      `error: the server doesn't have a resource type "${word}"`,
      `"${word}"라는 리소스 종류는 없습니다. 철자를 확인하세요.`,
    );
  if (!(type.kind in KINDS))
    return unsupported('이 터미널의 explain은 deployment, pod, service와 본문에 나오는 몇 가지 필드를 설명합니다.');
  const kind = type.kind as keyof typeof KINDS;
  const body = (text: string) => wrap(text, 76).map((line) => `    ${line}`);
  if (fields.length === 0) {
    const resource = RESOURCES[kind];
    return success([
      ...stdout([...header(kind), 'DESCRIPTION:', ...body(resource.description), '    '].join('\n')),
      ...hint(`${resource.korean} 실제 kubectl은 이 아래에 FIELDS(필드 목록)를 이어 보여 주지만, 이 터미널은 생략합니다.`),
    ]);
  }
  const field = FIELDS[`${kind}.${fields.join('.')}`];
  if (!field) {
    const known = Object.keys(FIELDS)
      .filter((key) => key.startsWith(`${kind}.`))
      .map((key) => `${word}.${key.split('.').slice(1).join('.')}`);
    return unsupported(`이 터미널이 설명하는 필드는 ${known.join(', ')}입니다. 실제 클러스터에서는 모든 필드를 볼 수 있습니다.`);
  }
  const name = fields.at(-1)!;
  return success([
    ...stdout(
      [...header(kind), `FIELD: ${name} ${field.type}`, '', '', 'DESCRIPTION:', ...body(field.description), '    ', ''].join(
        '\n',
      ),
    ),
    ...hint(field.korean),
  ]);
}
