import { badValue, goJson, type FieldError, type Kind } from './api-errors';
import { at, isObject } from './json-access';
import { fieldPath } from './field-path';
import { cpuMillicores, cpuString } from './quantity';
import type { SchemaIssue } from './schema';
import type { Json, Path, Source } from './yaml-source';

// The API server's validation of a decoded object (pkg/apis/apps/validation, core/validation,
// autoscaling/validation), for the rules a reader of these three manifests can break. Messages are
// field.Error's ErrorBody, word for word.

export function validateObject(
  kind: Kind,
  source: Source,
  issues: readonly SchemaIssue[],
  defaultValue: Json | null,
): FieldError[] {
  const value = source.value;
  const errors: FieldError[] = [];
  const add = (path: Path, body: string, hint: string) =>
    errors.push({ field: fieldPath(path), body, line: source.lineOf(path), hint });

  for (const issue of issues) {
    if (issue.keyword === 'required') {
      const path = [...issue.path, String(issue.params.missingProperty)];
      add(path, 'Required value', `${fieldPath(path)}는 꼭 적어야 하는 필드입니다.`);
    } else if (issue.keyword === 'enum') {
      const allowed = (issue.params.allowedValues as unknown[]).map((v) => JSON.stringify(String(v)));
      add(
        issue.path,
        `Unsupported value: ${badValue(at(value, issue.path))}: supported values: ${allowed.join(', ')}`,
        `쓸 수 있는 값은 ${allowed.join(', ')}뿐입니다. 대소문자도 맞아야 합니다.`,
      );
    }
  }

  switch (kind) {
    case 'Deployment':
      validateDeployment(value, defaultValue, add);
      break;
    case 'HorizontalPodAutoscaler':
      validateHpa(value, add);
      break;
    case 'Service':
      validateService(value, add);
      break;
  }
  return errors;
}

type Add = (path: Path, body: string, hint: string) => void;

function validateDeployment(value: Json, defaultValue: Json | null, add: Add) {
  const replicas = at(value, ['spec', 'replicas']);
  if (typeof replicas === 'number' && replicas < 0)
    add(
      ['spec', 'replicas'],
      `Invalid value: ${replicas}: must be greater than or equal to 0`,
      'replicas는 0 이상이어야 합니다.',
    );

  const selector = at(value, ['spec', 'selector']);
  const matchLabels = at(selector ?? null, ['matchLabels']);
  const labels = at(value, ['spec', 'template', 'metadata', 'labels']);
  const defaultSelector = at(defaultValue, ['spec', 'selector']);
  if (
    isObject(selector) &&
    Object.keys(matchLabels && isObject(matchLabels) ? matchLabels : {}).length === 0 &&
    at(selector, ['matchExpressions']) === undefined
  ) {
    add(
      ['spec', 'selector'],
      `Invalid value: ${goJson(selector)}: empty selector is invalid for deployment`,
      'selector.matchLabels에 파드를 고를 레이블을 적어야 합니다.',
    );
  } else if (isObject(matchLabels)) {
    const template = isObject(labels) ? labels : {};
    const matches = Object.entries(matchLabels).every(([k, v]) => template[k] === v);
    if (!matches)
      add(
        ['spec', 'template', 'metadata', 'labels'],
        `Invalid value: ${goJson(template)}: \`selector\` does not match template \`labels\``,
        'selector.matchLabels의 레이블이 template.metadata.labels에도 똑같이 있어야 합니다. 디플로이먼트가 자기가 만든 파드를 찾는 기준이기 때문입니다.',
      );
    if (defaultSelector !== undefined && goJson(selector) !== goJson(defaultSelector))
      add(
        ['spec', 'selector'],
        `Invalid value: ${goJson(selector)}: field is immutable`,
        '이미 있는 디플로이먼트의 selector는 바꿀 수 없습니다. 바꾸려면 디플로이먼트를 지우고 새로 만들어야 합니다.',
      );
  }

  const rolling = at(value, ['spec', 'strategy', 'rollingUpdate']);
  if (isObject(rolling)) {
    const surge = rolling.maxSurge;
    const unavailable = rolling.maxUnavailable;
    for (const [name, v] of [
      ['maxSurge', surge],
      ['maxUnavailable', unavailable],
    ] as const) {
      const path = ['spec', 'strategy', 'rollingUpdate', name];
      if (typeof v === 'string' && !/^[0-9]+%$/.test(v))
        add(
          path,
          `Invalid value: ${badValue(v)}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
          `${name}는 정수(1)나 퍼센트("25%")로 적습니다.`,
        );
      else if (typeof v === 'number' && v < 0)
        add(path, `Invalid value: ${v}: must be greater than or equal to 0`, `${name}는 0 이상이어야 합니다.`);
      else if (name === 'maxUnavailable' && typeof v === 'string' && Number(v.slice(0, -1)) > 100)
        add(path, `Invalid value: ${badValue(v)}: must not be greater than 100%`, 'maxUnavailable은 100%를 넘을 수 없습니다.');
    }
    const zero = (v: Json | undefined) => v === 0 || v === '0%';
    if (zero(surge) && zero(unavailable))
      add(
        ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'],
        `Invalid value: ${badValue(unavailable)}: may not be 0 when \`maxSurge\` is 0`,
        '둘 다 0이면 새 파드를 더 띄울 수도, 옛 파드를 내릴 수도 없어 롤아웃이 움직이지 못합니다. 하나는 1 이상이어야 합니다.',
      );
  }

  const containers = at(value, ['spec', 'template', 'spec', 'containers']);
  if (Array.isArray(containers)) {
    if (containers.length === 0)
      add(['spec', 'template', 'spec', 'containers'], 'Required value', '컨테이너를 하나 이상 적어야 합니다.');
    containers.forEach((container, index) => {
      const base: Path = ['spec', 'template', 'spec', 'containers', index];
      const image = at(container, ['image']);
      if (image === undefined || image === '')
        add([...base, 'image'], 'Required value', '실행할 이미지를 image에 적어야 합니다. 예: myteam/myapp:1.0');
      else if (typeof image === 'string' && image.trim() !== image)
        add(
          [...base, 'image'],
          `Invalid value: ${badValue(image)}: must not have leading or trailing whitespace`,
          '이미지 이름 앞뒤의 빈칸을 지우세요.',
        );
      const ports = at(container, ['ports']);
      if (Array.isArray(ports))
        ports.forEach((port, i) => {
          const p = at(port, ['containerPort']);
          if (typeof p === 'number' && (p < 1 || p > 65535))
            add(
              [...base, 'ports', i, 'containerPort'],
              `Invalid value: ${p}: must be between 1 and 65535, inclusive`,
              '포트 번호는 1부터 65535 사이입니다.',
            );
        });
      const request = at(container, ['resources', 'requests', 'cpu']);
      const limit = at(container, ['resources', 'limits', 'cpu']);
      const requested = typeof request === 'string' || typeof request === 'number' ? cpuMillicores(request) : null;
      const limited = typeof limit === 'string' || typeof limit === 'number' ? cpuMillicores(limit) : null;
      if (requested !== null && limited !== null && requested > limited)
        add(
          [...base, 'resources', 'requests'],
          `Invalid value: "${cpuString(requested)}": must be less than or equal to cpu limit of ${cpuString(limited)}`,
          `CPU 요청(requests)은 한도(limits, ${cpuString(limited)})보다 클 수 없습니다.`,
        );
      const probePort = at(container, ['readinessProbe', 'httpGet', 'port']);
      if (typeof probePort === 'number' && (probePort < 1 || probePort > 65535))
        add(
          [...base, 'readinessProbe', 'httpGet', 'port'],
          `Invalid value: ${probePort}: must be between 1 and 65535, inclusive`,
          '포트 번호는 1부터 65535 사이입니다.',
        );
    });
  }
}

function validateHpa(value: Json, add: Add) {
  const min = at(value, ['spec', 'minReplicas']);
  const max = at(value, ['spec', 'maxReplicas']);
  if (typeof min === 'number' && min < 1)
    add(
      ['spec', 'minReplicas'],
      `Invalid value: ${min}: must be greater than or equal to 1`,
      'minReplicas는 1 이상이어야 합니다.',
    );
  if (typeof max === 'number' && max < 1)
    add(['spec', 'maxReplicas'], `Invalid value: ${max}: must be greater than 0`, 'maxReplicas는 1 이상이어야 합니다.');
  if (typeof min === 'number' && typeof max === 'number' && max < min)
    add(
      ['spec', 'maxReplicas'],
      `Invalid value: ${max}: must be greater than or equal to \`minReplicas\``,
      'maxReplicas가 minReplicas보다 작을 수 없습니다.',
    );
  const metrics = at(value, ['spec', 'metrics']);
  if (Array.isArray(metrics))
    metrics.forEach((_, i) => {
      const path: Path = ['spec', 'metrics', i, 'resource', 'target', 'averageUtilization'];
      const target = at(value, path);
      if (typeof target === 'number' && target <= 0)
        add(path, `Invalid value: ${target}: must be greater than 0`, '목표 사용률은 1% 이상이어야 합니다.');
    });
}

function validateService(value: Json, add: Add) {
  const ports = at(value, ['spec', 'ports']);
  if (!Array.isArray(ports)) return;
  ports.forEach((port, i) => {
    const p = at(port, ['port']);
    if (typeof p === 'number' && (p < 1 || p > 65535))
      add(
        ['spec', 'ports', i, 'port'],
        `Invalid value: ${p}: must be between 1 and 65535, inclusive`,
        '포트 번호는 1부터 65535 사이입니다.',
      );
  });
}
