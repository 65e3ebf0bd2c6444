import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Service } from 'kubernetes-models/v1/Service';
import { fromPointer } from './field-path';
import type { Json, Path } from './yaml-source';

// The Kubernetes OpenAPI schemas (kubernetes-models' validators are generated from them) for the
// three kinds the chapter's manifests are. Two things come out: values of the wrong type or shape,
// and fields the schema does not have (what the API server's strict field validation rejects).

export const KINDS = {
  'apps/v1 Deployment': Deployment,
  'v1 Service': Service,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
} as const;

export type KindKey = keyof typeof KINDS;

type Validating = { prototype: { validate(this: unknown): void } };

export interface SchemaIssue {
  path: Path;
  keyword: string;
  params: Record<string, unknown>;
}

/**
 * Runs the validator on a proxy that records which fields it reads: a field it never read is one
 * the schema does not have. Maps (labels, resource lists) are walked by key, so their keys all count.
 */
export function checkSchema(Model: Validating, value: Json): { issues: SchemaIssue[]; unknown: Path[] } {
  const read = new Set<string>();
  const maps = new Set<string>();
  const watch = (node: unknown, at: string): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    return new Proxy(node, {
      get(target, key) {
        if (typeof key === 'string') read.add(`${at}/${key}`);
        return watch(Reflect.get(target, key), `${at}/${String(key)}`);
      },
      ownKeys(target) {
        maps.add(at);
        return Reflect.ownKeys(target);
      },
    });
  };
  let issues: SchemaIssue[] = [];
  try {
    Model.prototype.validate.call(watch(value, ''));
  } catch (error) {
    const errors =
      (error as { errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] }).errors ?? [];
    issues = errors.map((e) => ({ path: fromPointer(e.instancePath), keyword: e.keyword, params: e.params }));
  }
  const unknown: Path[] = [];
  const walk = (node: unknown, at: string, path: Path) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const pointer = `${at}/${key}`;
      const childPath = [...path, Array.isArray(node) ? Number(key) : key];
      if (!Array.isArray(node) && !maps.has(at) && !read.has(pointer)) {
        unknown.push(childPath);
        continue;
      }
      walk(child, pointer, childPath);
    }
  };
  walk(value, '', []);
  return { issues, unknown };
}
