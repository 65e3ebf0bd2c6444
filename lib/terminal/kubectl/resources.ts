// The resource types this cluster serves and every name kubectl accepts for them (plural,
// singular, short name, and the group-qualified form), as `kubectl api-resources` lists them.

export type Kind =
  'pods' | 'deployments' | 'replicasets' | 'services' | 'nodes' | 'hpa' | 'events' | 'configmaps' | 'secrets' | 'namespaces';

interface ResourceType {
  kind: Kind;
  names: readonly string[];
  /** How `get` prefixes names when several kinds are listed, and how mutations name the object. */
  prefix: string;
  namespaced: boolean;
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  { kind: 'pods', names: ['pods', 'pod', 'po'], prefix: 'pod', namespaced: true },
  {
    kind: 'deployments',
    names: ['deployments', 'deployment', 'deploy', 'deployments.apps', 'deployment.apps'],
    prefix: 'deployment.apps',
    namespaced: true,
  },
  {
    kind: 'replicasets',
    names: ['replicasets', 'replicaset', 'rs', 'replicasets.apps', 'replicaset.apps'],
    prefix: 'replicaset.apps',
    namespaced: true,
  },
  { kind: 'services', names: ['services', 'service', 'svc'], prefix: 'service', namespaced: true },
  { kind: 'nodes', names: ['nodes', 'node', 'no'], prefix: 'node', namespaced: false },
  {
    kind: 'hpa',
    names: [
      'horizontalpodautoscalers',
      'horizontalpodautoscaler',
      'hpa',
      'horizontalpodautoscalers.autoscaling',
      'horizontalpodautoscaler.autoscaling',
    ],
    prefix: 'horizontalpodautoscaler.autoscaling',
    namespaced: true,
  },
  { kind: 'events', names: ['events', 'event', 'ev'], prefix: 'event', namespaced: true },
  { kind: 'configmaps', names: ['configmaps', 'configmap', 'cm'], prefix: 'configmap', namespaced: true },
  { kind: 'secrets', names: ['secrets', 'secret'], prefix: 'secret', namespaced: true },
  { kind: 'namespaces', names: ['namespaces', 'namespace', 'ns'], prefix: 'namespace', namespaced: false },
];

export function resolveKind(word: string): ResourceType | undefined {
  const lower = word.toLowerCase();
  return RESOURCE_TYPES.find((type) => type.names.includes(lower));
}

export function typeOf(kind: Kind): ResourceType {
  return RESOURCE_TYPES.find((type) => type.kind === kind)!;
}

/** The API's plural resource name, as in `pods "x" not found`. */
export const API_NAME: Record<Kind, string> = {
  pods: 'pods',
  deployments: 'deployments.apps',
  replicasets: 'replicasets.apps',
  services: 'services',
  nodes: 'nodes',
  hpa: 'horizontalpodautoscalers.autoscaling',
  events: 'events',
  configmaps: 'configmaps',
  secrets: 'secrets',
  namespaces: 'namespaces',
};

export type Target = { kind: Kind; name: string | null };

export type Targets =
  { ok: true; targets: Target[] } | { ok: false; error: 'unknown-type'; word: string } | { ok: false; error: 'no-resources' };

/**
 * kubectl's resource arguments: `pods`, `pods a b`, `pod/a deploy/web`, `deploy,svc`. Types
 * given as TYPE/NAME and bare types cannot be mixed in real kubectl either; this reads both.
 */
export function parseTargets(args: readonly string[]): Targets {
  if (args.length === 0) return { ok: false, error: 'no-resources' };
  const targets: Target[] = [];
  if (args.some((arg) => arg.includes('/'))) {
    for (const arg of args) {
      const [type = '', name = ''] = arg.split('/', 2);
      const resolved = resolveKind(type);
      if (!resolved) return { ok: false, error: 'unknown-type', word: type };
      targets.push({ kind: resolved.kind, name: name === '' ? null : name });
    }
    return { ok: true, targets };
  }
  const [types = '', ...names] = args;
  for (const word of types.split(',')) {
    const resolved = resolveKind(word);
    if (!resolved) return { ok: false, error: 'unknown-type', word };
    if (names.length === 0) targets.push({ kind: resolved.kind, name: null });
    for (const name of names) targets.push({ kind: resolved.kind, name });
  }
  return { ok: true, targets };
}
