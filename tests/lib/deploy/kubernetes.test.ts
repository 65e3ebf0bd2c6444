import { readdirSync, readFileSync } from 'node:fs';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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
} as const;

function find(kind: string) {
  const found = manifests.find((manifest) => manifest.object.kind === kind);
  if (!found) throw new Error(`no ${kind} in ${dir}`);
  return found.object;
}

describe('Kubernetes manifests', () => {
  it('has a Deployment, a Service, an autoscaler and an example Ingress', () => {
    expect(manifests.map((manifest) => `${manifest.object.apiVersion} ${manifest.object.kind}`).sort()).toEqual(Object.keys(models).sort());
  });

  it.each(manifests.map((manifest) => [manifest.name, manifest.object] as const))('%s is valid against the Kubernetes schema', (_, object) => {
    const Model = models[`${object.apiVersion} ${object.kind}` as keyof typeof models];
    expect(Model).toBeDefined();
    expect(() => new Model(object).validate()).not.toThrow();
  });

  it('rejects what the schema forbids, so the check above can fail', () => {
    const broken = structuredClone(find('Deployment'));
    broken.spec.replicas = 'two';
    expect(() => new Deployment(broken).validate()).toThrow(/replicas must be integer/);
  });

  it('runs two replicas without privileges on a read-only root filesystem, with probes and resources', () => {
    const deployment = find('Deployment');
    expect(deployment.spec.replicas).toBe(2);
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
    expect(find('HorizontalPodAutoscaler').spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    const backend = find('Ingress').spec.rules[0].http.paths[0].backend.service;
    expect(backend.name).toBe(find('Service').metadata.name);
  });
});
