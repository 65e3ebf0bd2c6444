import type { ManifestProblem } from '@/lib/simulations/orchestrator';

// How kubectl prints what the API server answers to `kubectl apply -f` of an object that exists
// (the cluster starts with the chapter's manifests applied, so every apply here is a patch):
// - a body the server cannot decode (a wrong type, an unknown field under strict field validation)
//   is a 400 BadRequest, wrapped by kubectl's apply in "error when applying patch …" (apply.go,
//   patcher.go AddSourceToErr) and printed by cmdutil.CheckErr as "Error from server (BadRequest): …";
// - an object that fails validation is a 422 Invalid, which CheckErr prints from its causes as
//   "The Deployment "web" is invalid: <field>: <message>", one per line after "* " when there are several.

export interface FieldError {
  /** `spec.template.metadata.labels`, as field.Path prints it. */
  field: string;
  /** ErrorBody(): "Invalid value: 3: must be …", "Required value", "Unsupported value: …". */
  body: string;
  line: number | null;
  hint: string;
}

export const RESOURCE = {
  Deployment: { resource: 'apps/v1, Resource=deployments', gvk: 'apps/v1, Kind=Deployment', version: 'v1' },
  Service: { resource: '/v1, Resource=services', gvk: '/v1, Kind=Service', version: 'v1' },
  HorizontalPodAutoscaler: {
    resource: 'autoscaling/v2, Resource=horizontalpodautoscalers',
    gvk: 'autoscaling/v2, Kind=HorizontalPodAutoscaler',
    version: 'v2',
  },
} as const;

export type Kind = keyof typeof RESOURCE;

/** A 400 from decoding the patched object, as kubectl apply prints it. The patch itself is long JSON; it is shortened here (the hint says so). */
export function badRequest(kind: Kind, file: string, reason: string): string {
  const r = RESOURCE[kind];
  return [
    'Error from server (BadRequest): error when applying patch:',
    '{"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"…"}},…}',
    'to:',
    `Resource: "${r.resource}", GroupVersionKind: "${r.gvk}"`,
    'Name: "web", Namespace: "default"',
    `for: "${file}": error when patching "${file}": ${kind} in version "${r.version}" cannot be handled as a ${kind}: ${reason}`,
  ].join('\n');
}

export const PATCH_SHORTENED_HINT = '실제 kubectl은 둘째 줄에 보낸 패치(JSON) 전체를 보여 줍니다. 여기서는 줄였습니다.';

/** A 422 Invalid, as cmdutil.CheckErr prints it (MultilineError over the status causes). */
export function invalid(kind: Kind, name: string, errors: readonly FieldError[]): string {
  const prefix = `The ${kind} "${name}" is invalid: `;
  const lines = errors.map((e) => `${e.field}: ${e.body}`);
  return lines.length === 1 ? `${prefix}${lines[0]}` : [prefix, ...lines.map((line) => `* ${line}`)].join('\n');
}

/** Go's %v of a bad value in ErrorBody: numbers and bools bare, strings quoted, the rest as JSON. */
export function badValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return goJson(value);
}

/** encoding/json's Marshal of a map: keys sorted, no spaces. */
export function goJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${goJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function problemsOf(errors: readonly FieldError[]): ManifestProblem[] {
  return errors.map((e) => ({ line: e.line, field: e.field, hint: e.hint }));
}
