import { readdirSync, readFileSync } from 'node:fs';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unknownFields } from './strict-schema';

const dir = 'deploy/kubernetes';
const manifests = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, object: parse(readFileSync(`${dir}/${name}`, 'utf8')) }));

// Validated against the Kubernetes OpenAPI schemas that kubernetes-models is generated from.
const models = {
  'apps/v1 Deployment': Deployment,
  'v1 Service': Service,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1 Ingress': Ingress,
  'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
} as const;
const modelFor = (object: { apiVersion: string; kind: string }) =>
  models[`${object.apiVersion} ${object.kind}` as keyof typeof models];

function find(kind: string) {
  const found = manifests.find((manifest) => manifest.object.kind === kind);
  if (!found) throw new Error(`no ${kind} in ${dir}`);
  return found.object;
}

describe('Kubernetes manifests', () => {
  it('has a Deployment, a Service, an autoscaler, a disruption budget and an example Ingress', () => {
    expect(manifests.map((manifest) => `${manifest.object.apiVersion} ${manifest.object.kind}`).sort()).toEqual(
      Object.keys(models).sort(),
    );
  });

  it.each(manifests.map((manifest) => [manifest.name, manifest.object] as const))(
    '%s is valid against the Kubernetes schema',
    (_, object) => {
      const Model = modelFor(object);
      expect(Model).toBeDefined();
      expect(() => new Model(object).validate()).not.toThrow();
      expect(unknownFields(Model, object)).toEqual([]);
    },
  );

  it('rejects a misspelt field anywhere, as `kubectl apply --validate=strict` does', () => {
    const broken = structuredClone(find('Deployment'));
    broken.spec.revisionHistroyLimit = 5;
    broken.spec.template.spec.containers[0].readinesProbe = {};
    broken.spec.template.metadata.labels['any-label'] = 'is fine';
    expect(unknownFields(Deployment, broken).sort()).toEqual([
      '/spec/revisionHistroyLimit',
      '/spec/template/spec/containers/0/readinesProbe',
    ]);
    const hpa = structuredClone(find('HorizontalPodAutoscaler'));
    hpa.spec.behavior.scaleDown.stabilisationWindowSeconds = 60;
    expect(unknownFields(HorizontalPodAutoscaler, hpa)).toEqual(['/spec/behavior/scaleDown/stabilisationWindowSeconds']);
  });

  it('rejects what the schema forbids, so the check above can fail', () => {
    const broken = structuredClone(find('Deployment'));
    broken.spec.replicas = 'two';
    expect(() => new Deployment(broken).validate()).toThrow(/replicas must be integer/);
  });

  it('leaves the replica count to the autoscaler: 2 to 10 pods at 70 % CPU', () => {
    expect(find('Deployment').spec).not.toHaveProperty('replicas');
    const hpa = find('HorizontalPodAutoscaler').spec;
    expect(hpa).toMatchObject({ minReplicas: 2, maxReplicas: 10 });
    expect(hpa.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
    ]);
  });

  it('scales up at once and down slowly, on purpose', () => {
    const { scaleUp, scaleDown } = find('HorizontalPodAutoscaler').spec.behavior;
    expect(scaleUp.stabilizationWindowSeconds).toBe(0);
    expect(scaleDown.stabilizationWindowSeconds).toBeGreaterThanOrEqual(300);
    expect(scaleDown.policies).toEqual([{ type: 'Pods', value: 1, periodSeconds: 60 }]);
  });

  it('keeps one pod serving through a node drain', () => {
    const budget = find('PodDisruptionBudget').spec;
    expect(budget.maxUnavailable).toBe(1);
    expect(budget.selector.matchLabels).toEqual(find('Deployment').spec.template.metadata.labels);
    expect(find('HorizontalPodAutoscaler').spec.minReplicas).toBeGreaterThan(budget.maxUnavailable);
  });

  it('drains before stopping: a preStop pause within the grace period, then the graceful SIGQUIT', () => {
    const pod = find('Deployment').spec.template.spec;
    const [web] = pod.containers;
    const pause = Number(web.lifecycle.preStop.exec.command[1]);
    expect(web.lifecycle.preStop.exec.command[0]).toBe('sleep');
    expect(pause).toBeGreaterThanOrEqual(5);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(pause + 10);
  });

  it('starts one nginx worker per CPU of its own limit', () => {
    const [web] = find('Deployment').spec.template.spec.containers;
    expect(web.resources.limits.cpu).toBeDefined();
    expect(web.env).toContainEqual({
      name: 'NGINX_WORKERS',
      valueFrom: { resourceFieldRef: { containerName: web.name, resource: 'limits.cpu', divisor: '1' } },
    });
  });

  it('ends TLS at the example Ingress, for the host it routes (HSTS is sent there)', () => {
    const ingress = find('Ingress').spec;
    expect(ingress.tls[0].hosts).toEqual(ingress.rules.map((rule: { host: string }) => rule.host));
    expect(ingress.tls[0].secretName).toBeDefined();
    expect(readFileSync(`${dir}/ingress.yaml`, 'utf8')).toMatch(/Strict-Transport-Security/);
  });

  it('runs without privileges on a read-only root filesystem, with probes and resources', () => {
    const deployment = find('Deployment');
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    for (const container of pod.containers) {
      expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
      expect(container.readinessProbe.httpGet.path).toBe('/healthz');
      expect(container.livenessProbe.httpGet.path).toBe('/healthz');
      expect(container.resources.requests.cpu).toBeDefined();
      expect(container.resources.limits.memory).toBeDefined();
      // nginx writes its pid and temp files to /tmp (deploy/nginx/nginx.conf), the one writable mount.
      expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
    }
  });

  it('wires the pieces together by name and label', () => {
    const deployment = find('Deployment');
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    expect(find('Service').spec.selector).toEqual(labels);
    expect(find('HorizontalPodAutoscaler').spec.scaleTargetRef).toMatchObject({
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    const backend = find('Ingress').spec.rules[0].http.paths[0].backend.service;
    expect(backend.name).toBe(find('Service').metadata.name);
  });
});
