import type { Path } from './yaml-source';

/** How the API server names a field in its errors: `spec.template.spec.containers[0].image`. */
export function fieldPath(path: Path): string {
  return path.reduce<string>((out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step), '');
}

/** How Go's encoding/json names it in an unmarshal error: the JSON keys only, no indices (`spec.template.spec.containers.image`). */
export function goFieldPath(path: Path): string {
  return path.filter((step) => typeof step === 'string').join('.');
}

/** An ajv instancePath (`/spec/template/spec/containers/0/image`) as a path. */
export function fromPointer(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
