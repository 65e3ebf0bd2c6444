import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '@/lib/manifests';
import { MANIFESTS } from '@/lib/terminal/kubectl/manifests';

const deployment = MANIFESTS['deployment.yaml']!.text;
const hpa = MANIFESTS['hpa.yaml']!.text;
const service = MANIFESTS['service.yaml']!.text;

const check = (text: string, file = 'deployment.yaml', defaultText = MANIFESTS[file]!.text) =>
  checkManifest(file, text, { defaultText });

/** The chapter's yaml code block with this title, as the reader sees it in the page. */
function chapterBlock(title: string): string {
  const mdx = readFileSync('content/chapters/kubernetes.mdx', 'utf8');
  const match = new RegExp('```yaml title="' + title.replace('.', '\\.') + '"\\n([\\s\\S]*?)```').exec(mdx);
  if (!match?.[1]) throw new Error(`no ${title} block`);
  return match[1];
}

function failure(text: string, file = 'deployment.yaml') {
  const result = check(text, file);
  if (result.ok) throw new Error('expected a failure');
  return result;
}

describe('real manifests pass', () => {
  it.each(['deployment.yaml', 'service.yaml', 'hpa.yaml'])("the practice terminal's %s is valid and changes nothing", (file) => {
    const result = check(MANIFESTS[file]!.text, file);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.canonical).toBe(result.canonicalDefault);
      expect(result.unmodelled).toEqual([]);
    }
  });

  it.each(['deployment.yaml', 'service.yaml', 'hpa.yaml'])("the chapter's own %s block is valid for the API server", (file) => {
    const text = chapterBlock(file);
    expect(checkManifest(file, text, { defaultText: text, existing: false }).ok).toBe(true);
  });

  it.each(['deployment.yaml', 'service.yaml', 'hpa.yaml'])(
    "the repository's deploy/kubernetes/%s is valid for the API server",
    (file) => {
      const text = readFileSync(`deploy/kubernetes/${file}`, 'utf8');
      expect(checkManifest(file, text, { defaultText: text, existing: false }).ok).toBe(true);
    },
  );

  it("the chapter's deployment.yaml applied to the practice cluster says what the simulation does not draw", () => {
    const result = check(chapterBlock('deployment.yaml'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.change).toMatchObject({ kind: 'deployment', template: { cpu: 250, image: 'myteam/myapp:1.0' } });
    expect(result.unmodelled.join(' ')).toMatch(
      /resources\.requests\.memory, .* 외 2곳의 변경은 클러스터에 저장되지만 이 시뮬레이션은 그리지 않습니다/,
    );
  });
});

describe('errors as kubectl and the API server print them', () => {
  it('an unknown field: strict decoding, on its line', () => {
    const result = failure(deployment.replace('spec:\n  selector', 'spec:\n  replica: 3\n  selector'));
    expect(result.error.split('\n').at(-1)).toBe(
      'for: "deployment.yaml": error when patching "deployment.yaml": Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"',
    );
    expect(result.error.split('\n')[0]).toBe('Error from server (BadRequest): error when applying patch:');
    expect(result.error).toContain(
      'Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"\nName: "web", Namespace: "default"',
    );
    const line =
      deployment.replace('spec:\n  selector', 'spec:\n  replica: 3\n  selector').split('\n').indexOf('  replica: 3') + 1;
    expect(result.problems).toEqual([expect.objectContaining({ line, field: 'spec.replica' })]);
    expect(result.problems[0]!.hint).toMatch(/spec\.replica라는 필드가 없습니다/);
  });

  it('every unknown field at once, deep ones with their list index', () => {
    const text = deployment
      .replace('          image:', '          imagePolicy: Always\n          image:')
      .replace('  name: web\n', '  name: web\n  nmae: x\n');
    const result = failure(text);
    expect(result.error).toMatch(
      /strict decoding error: unknown field "metadata.nmae", unknown field "spec.template.spec.containers\[0\].imagePolicy"$/,
    );
    expect(result.problems.map((p) => p.line)).toEqual([
      text.split('\n').indexOf('  nmae: x') + 1,
      text.split('\n').indexOf('          imagePolicy: Always') + 1,
    ]);
  });

  it('a wrong type: encoding/json names the Go struct and type', () => {
    const result = failure(deployment.replace('spec:\n  selector', 'spec:\n  replicas: "3"\n  selector'));
    expect(result.error).toMatch(
      /Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec\.spec\.replicas of type int32$/,
    );
    expect(result.problems[0]!.hint).toMatch(/정수를 적어야 합니다\. 따옴표를 빼 보세요/);
    const port = failure(deployment.replace('containerPort: 3000', 'containerPort: "3000"'));
    expect(port.error).toMatch(
      /json: cannot unmarshal string into Go struct field ContainerPort\.spec\.template\.spec\.containers\.ports\.containerPort of type int32$/,
    );
    const min = failure(hpa.replace('minReplicas: 2', 'minReplicas: two'), 'hpa.yaml');
    expect(min.error).toMatch(
      /HorizontalPodAutoscaler in version "v2" cannot be handled as a HorizontalPodAutoscaler: json: cannot unmarshal string into Go struct field HorizontalPodAutoscalerSpec\.spec\.minReplicas of type int32$/,
    );
  });

  it('a CPU amount that is not a quantity', () => {
    const result = failure(deployment.replace('cpu: 500m', 'cpu: 500mm'));
    expect(result.error).toMatch(
      /cannot be handled as a Deployment: quantities must match the regular expression '\^\(\[\+-\]\?\[0-9\.\]\+\)\(\[eEinumkKMGTP\]\*\[-\+\]\?\[0-9\]\*\)\$'$/,
    );
  });

  it('the selector not matching the template labels', () => {
    const text = deployment.replace('      labels:\n        app: web\n    spec', '      labels:\n        app: web2\n    spec');
    const result = failure(text);
    expect(result.error).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"web2"}: `selector` does not match template `labels`',
    );
    // The line of the template's `labels:` key (the one just above `app: web2`).
    expect(result.problems[0]!.line).toBe(text.split('\n').indexOf('        app: web2'));
  });

  it('a changed selector is immutable, listed with the mismatch, one per line', () => {
    const text = deployment.replace('    matchLabels:\n      app: web', '    matchLabels:\n      app: api');
    expect(failure(text).error).toBe(
      [
        'The Deployment "web" is invalid: ',
        '* spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
        '* spec.selector: Invalid value: {"matchLabels":{"app":"api"}}: field is immutable',
      ].join('\n'),
    );
  });

  it('validation rules: request above limit, both strategy numbers zero, HPA bounds, a percentage that is not one', () => {
    expect(failure(deployment.replace('cpu: 500m', 'cpu: 1500m')).error).toBe(
      'The Deployment "web" is invalid: spec.template.spec.containers[0].resources.requests: Invalid value: "1500m": must be less than or equal to cpu limit of 1',
    );
    expect(failure(deployment.replace('maxSurge: 1', 'maxSurge: 0')).error).toBe(
      'The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    );
    expect(failure(deployment.replace('maxSurge: 1', 'maxSurge: "a lot"')).error).toBe(
      "The Deployment \"web\" is invalid: spec.strategy.rollingUpdate.maxSurge: Invalid value: \"a lot\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
    );
    expect(failure(hpa.replace('maxReplicas: 10', 'maxReplicas: 1'), 'hpa.yaml').error).toBe(
      'The HorizontalPodAutoscaler "web" is invalid: spec.maxReplicas: Invalid value: 1: must be greater than or equal to `minReplicas`',
    );
    expect(failure(hpa.replace('averageUtilization: 70', 'averageUtilization: 0'), 'hpa.yaml').error).toBe(
      'The HorizontalPodAutoscaler "web" is invalid: spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0',
    );
    expect(failure(deployment.replace('type: RollingUpdate', 'type: Rolling')).error).toBe(
      'The Deployment "web" is invalid: spec.strategy.type: Unsupported value: "Rolling": supported values: "Recreate", "RollingUpdate"',
    );
    expect(failure(service.replace('port: 80', 'port: 0'), 'service.yaml').error).toBe(
      'The Service "web" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
    );
  });

  it('broken YAML: go-yaml words and the line', () => {
    const text = deployment.replace('  name: web\n', '  name: web: x\n');
    const result = failure(text);
    const line = text.split('\n').indexOf('  name: web: x') + 1;
    expect(result.error).toBe(
      `error: error parsing deployment.yaml: error converting YAML to JSON: yaml: line ${line}: mapping values are not allowed in this context`,
    );
    expect(result.problems[0]!.line).toBe(line);
    expect(failure(deployment.replace('  name: web\n', '\tname: web\n')).error).toMatch(
      /yaml: line \d+: found character that cannot start any token$/,
    );
  });

  it('a kind the server does not know, and a missing kind', () => {
    expect(failure(deployment.replace('kind: Deployment', 'kind: Deploymnet')).error).toBe(
      'error: resource mapping not found for name: "web" namespace: "" from "deployment.yaml": no matches for kind "Deploymnet" in version "apps/v1"\nensure CRDs are installed first',
    );
    expect(failure('apiVersion: v1\nmetadata:\n  name: web\n').error).toBe(
      `error: unable to decode "deployment.yaml": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"web"}}'`,
    );
  });

  it('a renamed object is refused in Korean only: the practice cluster draws web alone', () => {
    const result = failure(deployment.replace('  name: web\n', '  name: api\n'));
    expect(result.error).toBe('');
    expect(result.problems[0]!.hint).toMatch(/web 하나만 그리므로 적용하지 않습니다/);
  });
});

describe('what a valid edit asks of the simulation', () => {
  it('reads replicas, image, CPU request, probe, strategy and the HPA', () => {
    const text = deployment
      .replace('spec:\n  selector', 'spec:\n  replicas: 5\n  selector')
      .replace('image: myteam/myapp:1.0', 'image: myteam/myapp:1.3')
      .replace('cpu: 500m', 'cpu: "0.25"')
      .replace('path: /up', 'path: /health')
      .replace('maxUnavailable: 0', 'maxUnavailable: 25%');
    const result = check(text);
    expect(result.ok && result.change).toEqual({
      kind: 'deployment',
      replicas: 5,
      template: { image: 'myteam/myapp:1.3', cpu: 250, readinessPath: '/health', readinessPort: 3000 },
      maxSurge: 1,
      maxUnavailable: '25%',
    });
    const scaled = check(
      hpa.replace('minReplicas: 2', 'minReplicas: 3').replace('averageUtilization: 70', 'averageUtilization: 50'),
      'hpa.yaml',
    );
    expect(scaled.ok && scaled.change).toEqual({ kind: 'hpa', minReplicas: 3, maxReplicas: 10, targetUtilization: 50 });
  });

  it('says what it does not model instead of dropping it', () => {
    const result = check(deployment.replace('periodSeconds: 5', 'periodSeconds: 10'));
    expect(result.ok && result.unmodelled).toEqual([
      'spec.template.spec.containers[0].readinessProbe.periodSeconds의 변경은 클러스터에 저장되지만 이 시뮬레이션은 그리지 않습니다.',
    ]);
    const many = check(deployment.replace('spec:\n  selector', 'spec:\n  replicas: 50\n  selector'));
    expect(many.ok && many.change.kind === 'deployment' && many.change.replicas).toBeNull();
    expect(many.ok && many.unmodelled.at(-1)).toMatch(/replicas를 1~20개까지만 그립니다\. 적어 둔 50개는 반영하지 않습니다/);
  });
});
