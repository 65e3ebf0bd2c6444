import {
  MAX_SCALE,
  type ManifestChange,
  type ManifestCheck,
  type ManifestKind,
  type ManifestProblem,
} from '@/lib/simulations/orchestrator';
import { badRequest, goJson, invalid, PATCH_SHORTENED_HINT, problemsOf, type Kind } from './api-errors';
import { fieldPath, goFieldPath } from './field-path';
import { goFieldOf, jsonKind } from './go-types';
import { cpuMillicores, QUANTITY_PATTERN } from './quantity';
import { checkSchema, KINDS, type KindKey } from './schema';
import { at, isObject } from './json-access';
import { validateObject } from './validate-object';
import { parseYaml, type Json, type Path, type Source } from './yaml-source';

// `kubectl apply -f <file>` of an edited manifest, up to the API server's answer: parse the YAML,
// find the kind, decode strictly against the schema, validate. The first stage that fails is what
// kubectl prints; a file that passes becomes a ManifestChange for the simulation, with what it
// changed that the simulation does not model said in Korean.

const KIND_OF: Record<Kind, ManifestKind> = { Deployment: 'deployment', Service: 'service', HorizontalPodAutoscaler: 'hpa' };

const fail = (kind: ManifestKind | null, error: string, problems: ManifestProblem[]): ManifestCheck => ({
  ok: false,
  kind,
  error,
  problems,
});

/** Decoding: the first value of the wrong type, as encoding/json reports it. */
function typeError(
  kind: Kind,
  file: string,
  source: Source,
  issues: ReturnType<typeof checkSchema>['issues'],
): ManifestCheck | null {
  const typed = issues.find(
    (issue) => issue.keyword === 'type' && !issues.some((o) => o.keyword === 'oneOf' && sameStart(o.path, issue.path)),
  );
  const quantityIssue = findBadQuantity(source.value);
  if (!typed && !quantityIssue) return null;
  if (quantityIssue && (!typed || before(quantityIssue, typed.path))) {
    return fail(KIND_OF[kind], badRequest(kind, file, `quantities must match the regular expression '${QUANTITY_PATTERN}'`), [
      {
        line: source.lineOf(quantityIssue),
        field: fieldPath(quantityIssue),
        hint: `${fieldPath(quantityIssue)}의 값은 CPU 양(500m, 0.5, 1처럼)이어야 합니다. 단위 m은 1/1000코어입니다. ${PATCH_SHORTENED_HINT}`,
      },
    ]);
  }
  const issue = typed!;
  const value = at(source.value, issue.path);
  const go = goFieldOf(kind, goFieldPath(issue.path));
  const expected = String(issue.params.type ?? '');
  const want: Record<string, string> = {
    integer: '정수를',
    string: '문자열을',
    object: '키: 값 묶음을',
    array: '목록(- 로 시작하는 줄)을',
    boolean: 'true나 false를',
  };
  const hint = `${fieldPath(issue.path)}에는 ${want[expected] ?? `${expected} 값을`} 적어야 합니다.${expected === 'integer' && typeof value === 'string' ? ' 따옴표를 빼 보세요.' : ''}${expected === 'string' && typeof value !== 'string' ? ' 따옴표로 감싸 보세요.' : ''}`;
  if (!go) {
    // A field outside the table: the kind of mistake and the line are certain, Go's exact wording is not.
    return fail(KIND_OF[kind], '', [
      {
        line: source.lineOf(issue.path),
        field: fieldPath(issue.path),
        hint: `${hint} 이 필드에 대한 kubectl의 정확한 오류 문구는 이 연습 터미널이 모릅니다.`,
      },
    ]);
  }
  const reason = `json: cannot unmarshal ${jsonKind(value)} into Go struct field ${go[0]}.${goFieldPath(issue.path)} of type ${go[1]}`;
  return fail(KIND_OF[kind], badRequest(kind, file, reason), [
    { line: source.lineOf(issue.path), field: fieldPath(issue.path), hint: `${hint} ${PATCH_SHORTENED_HINT}` },
  ]);
}

function sameStart(a: Path, b: Path): boolean {
  return a.length <= b.length && a.every((step, i) => b[i] === step);
}

function before(a: Path, b: Path): boolean {
  return fieldPath(a) < fieldPath(b);
}

function findBadQuantity(value: Json): Path | null {
  const containers = at(value, ['spec', 'template', 'spec', 'containers']);
  if (!Array.isArray(containers)) return null;
  for (const [index, container] of containers.entries()) {
    for (const group of ['requests', 'limits'] as const) {
      const list = at(container, ['resources', group]);
      if (!isObject(list)) continue;
      for (const [name, amount] of Object.entries(list)) {
        if (
          (typeof amount === 'string' || typeof amount === 'number') &&
          cpuMillicores(amount) === null &&
          !/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|[kMGT])?$/.test(String(amount))
        )
          return ['spec', 'template', 'spec', 'containers', index, 'resources', group, name];
      }
    }
  }
  return null;
}

export interface CheckOptions {
  /** The chapter's text of the same file: what "unchanged" and "not modelled" are measured against. */
  defaultText: string;
  /**
   * Whether the file is applied to the practice cluster, where `web` exists (the default): then a
   * renamed object is refused as not modelled and the existing selector is immutable. False checks
   * any manifest only as an API server would on first creation (the repository's own files).
   */
  existing?: boolean;
}

export function checkManifest(file: string, text: string, { defaultText, existing = true }: CheckOptions): ManifestCheck {
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    return fail(
      null,
      `error: error parsing ${file}: error converting YAML to JSON: yaml: line ${parsed.line}: ${parsed.message}`,
      [
        {
          line: parsed.line,
          field: null,
          hint:
            parsed.code === 'TAB_AS_INDENT'
              ? 'YAML은 들여쓰기에 탭을 쓸 수 없습니다. 스페이스로 바꾸세요.'
              : 'YAML 문법이 깨졌습니다. 이 줄이나 바로 위 줄의 들여쓰기와 콜론(:)을 확인하세요. 같은 단계의 키는 같은 칸에서 시작해야 합니다.',
        },
      ],
    );
  }
  const { source } = parsed;
  const value = source.value;
  if (!isObject(value) || typeof value.kind !== 'string' || value.kind === '') {
    return fail(null, `error: unable to decode "${file}": Object 'Kind' is missing in '${goJson(value)}'`, [
      {
        line: 1,
        field: 'kind',
        hint: '매니페스트 맨 위에 kind(Deployment, Service, HorizontalPodAutoscaler 같은 종류)를 적어야 합니다.',
      },
    ]);
  }
  const key = `${String(value.apiVersion)} ${value.kind}` as KindKey;
  const Model = KINDS[key];
  const name = isObject(value.metadata) && typeof value.metadata.name === 'string' ? value.metadata.name : '';
  if (!Model) {
    return fail(
      null,
      `error: resource mapping not found for name: "${name}" namespace: "" from "${file}": no matches for kind "${value.kind}" in version "${String(value.apiVersion ?? '')}"\nensure CRDs are installed first`,
      [
        {
          line: source.lineOf(['kind']),
          field: 'kind',
          hint: `API 서버가 모르는 종류입니다. 철자와 apiVersion을 확인하세요: apps/v1 Deployment, v1 Service, autoscaling/v2 HorizontalPodAutoscaler.`,
        },
      ],
    );
  }
  const kind = value.kind as Kind;
  const { issues, unknown } = checkSchema(Model, value);
  const decoding = typeError(kind, file, source, issues);
  if (decoding) return decoding;
  if (unknown.length > 0) {
    const reason = `strict decoding error: ${unknown.map((path) => `unknown field "${fieldPath(path)}"`).join(', ')}`;
    return fail(
      KIND_OF[kind],
      badRequest(kind, file, reason),
      unknown.map((path) => ({
        line: source.lineOf(path),
        field: fieldPath(path),
        hint: `${kind}에는 ${fieldPath(path)}라는 필드가 없습니다. 철자와 들여쓰기(어느 키 아래에 있는지)를 확인하세요. ${PATCH_SHORTENED_HINT}`,
      })),
    );
  }
  if (existing && name !== 'web') {
    return fail(KIND_OF[kind], '', [
      {
        line: source.lineOf(['metadata', 'name']),
        field: 'metadata.name',
        hint: `이름을 바꾸면 실제 클러스터에는 web과 따로 ${name || '이름 없는'} 오브젝트가 새로 만들어집니다. 이 연습 클러스터는 web 하나만 그리므로 적용하지 않습니다.`,
      },
    ]);
  }
  const defaultParsed = parseYaml(defaultText);
  const defaultValue = defaultParsed.ok ? defaultParsed.source.value : null;
  const errors = validateObject(kind, source, issues, existing ? defaultValue : null);
  if (errors.length > 0) return fail(KIND_OF[kind], invalid(kind, name, errors), problemsOf(errors));
  const change = changeOf(kind, value);
  return {
    ok: true,
    kind: KIND_OF[kind],
    change,
    canonical: goJson(value),
    canonicalDefault: goJson(defaultValue),
    unmodelled: unmodelled(kind, value, defaultValue),
  };
}

/** The modelled fields' values: what the simulation takes from a valid object. */
function changeOf(kind: Kind, value: Json): ManifestChange {
  switch (kind) {
    case 'Deployment': {
      const container = at(value, ['spec', 'template', 'spec', 'containers', 0]);
      const probe = at(container ?? null, ['readinessProbe', 'httpGet']);
      const port = at(probe ?? null, ['port']);
      const ports = at(container ?? null, ['ports']);
      const named = Array.isArray(ports) ? ports.find((p) => isObject(p) && p.name === port) : undefined;
      const readinessPort =
        probe === undefined
          ? 0
          : typeof port === 'number'
            ? port
            : isObject(named) && typeof named.containerPort === 'number'
              ? named.containerPort
              : -1;
      const cpu = at(container ?? null, ['resources', 'requests', 'cpu']);
      const replicas = at(value, ['spec', 'replicas']);
      const rolling = at(value, ['spec', 'strategy', 'rollingUpdate']);
      const strategy = (name: 'maxSurge' | 'maxUnavailable') => {
        const v = at(rolling ?? null, [name]);
        return typeof v === 'number' || typeof v === 'string' ? v : '25%';
      };
      return {
        kind: 'deployment',
        replicas: typeof replicas === 'number' && replicas >= 1 && replicas <= MAX_SCALE ? replicas : null,
        template: {
          image: String(at(container ?? null, ['image']) ?? ''),
          // No request: the scheduler and the HPA have nothing to go by; the simulation keeps the chapter's.
          cpu: typeof cpu === 'string' || typeof cpu === 'number' ? (cpuMillicores(cpu) ?? 500) : 500,
          readinessPath: probe === undefined ? '' : String(at(probe, ['path']) ?? '/'),
          readinessPort,
        },
        maxSurge: strategy('maxSurge'),
        maxUnavailable: strategy('maxUnavailable'),
      };
    }
    case 'HorizontalPodAutoscaler': {
      const min = at(value, ['spec', 'minReplicas']);
      const max = at(value, ['spec', 'maxReplicas']);
      const metrics = at(value, ['spec', 'metrics']);
      const cpu = Array.isArray(metrics)
        ? metrics.find((m) => isObject(m) && m.type === 'Resource' && at(m, ['resource', 'name']) === 'cpu')
        : undefined;
      const target = at(cpu ?? null, ['resource', 'target', 'averageUtilization']);
      return {
        kind: 'hpa',
        minReplicas: typeof min === 'number' ? min : 1,
        maxReplicas: typeof max === 'number' ? max : 10,
        // autoscaling/v2 with no metrics defaults to 80 % CPU.
        targetUtilization: typeof target === 'number' ? target : 80,
      };
    }
    case 'Service':
      return { kind: 'service' };
  }
}

// Fields the simulation follows; a change anywhere else is applied to the object but not drawn.
const MODELLED: Record<Kind, readonly string[]> = {
  Deployment: [
    'spec.replicas',
    'spec.strategy.rollingUpdate.maxSurge',
    'spec.strategy.rollingUpdate.maxUnavailable',
    'spec.template.spec.containers[0].image',
    'spec.template.spec.containers[0].resources.requests.cpu',
    'spec.template.spec.containers[0].readinessProbe.httpGet.path',
    'spec.template.spec.containers[0].readinessProbe.httpGet.port',
  ],
  HorizontalPodAutoscaler: ['spec.minReplicas', 'spec.maxReplicas', 'spec.metrics[0].resource.target.averageUtilization'],
  Service: [],
};

function changedPaths(a: Json | undefined, b: Json | undefined, path: Path, out: Path[]) {
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) changedPaths(a[key], b[key], [...path, key], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, i) => changedPaths(item, b[i], [...path, i], out));
    return;
  }
  if (goJson(a ?? null) !== goJson(b ?? null)) out.push(path);
}

function unmodelled(kind: Kind, value: Json, defaultValue: Json | null): string[] {
  const paths: Path[] = [];
  changedPaths(defaultValue ?? undefined, value, [], paths);
  const modelled = MODELLED[kind];
  const others = paths.map(fieldPath).filter((path) => !modelled.includes(path));
  const lines: string[] = [];
  if (others.length > 0) {
    const shown = others.slice(0, 3).join(', ');
    const more = others.length > 3 ? ` 외 ${others.length - 3}곳` : '';
    lines.push(`${shown}${more}의 변경은 클러스터에 저장되지만 이 시뮬레이션은 그리지 않습니다.`);
  }
  const replicas = at(value, ['spec', 'replicas']);
  if (kind === 'Deployment' && typeof replicas === 'number' && (replicas < 1 || replicas > MAX_SCALE))
    lines.push(`이 연습 클러스터는 replicas를 1~${MAX_SCALE}개까지만 그립니다. 적어 둔 ${replicas}개는 반영하지 않습니다.`);
  return lines;
}
