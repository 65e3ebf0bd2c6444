import { NODE_NAMES, isActive, specOf, type ClusterState } from '@/lib/simulations/orchestrator';
import { clusterEvents } from './events';
import type { Kind } from './resources';
import {
  age,
  deploymentStatus,
  hpaTargets,
  nodeStatus,
  podReady,
  podRestarts,
  replicaSetCreated,
  replicaSetStatus,
} from './views';
import {
  APPLIED_AT,
  CONTAINER,
  KUBERNETES_VERSION,
  NODES_JOINED_AT,
  SERVICE_IP,
  imageOf,
  nodeIp,
  podIp,
  podLabels,
  templateHash,
} from './world-facts';

// The columns of `kubectl get` for each kind, after kubernetes/pkg/printers/internalversion/
// printers.go: the default set, and the extra `-o wide` columns after it.

export interface Row {
  name: string;
  labels: Readonly<Record<string, string>>;
  cells: readonly string[];
  wide: readonly string[];
}

export interface Table {
  header: readonly string[];
  wideHeader: readonly string[];
  rows: Row[];
}

const none = '<none>';

export const CONFIG_MAPS = [
  { name: 'kube-root-ca.crt', data: 1 },
  { name: 'web-config', data: 2 },
] as const;
export const SECRETS = [
  { name: 'regcred', type: 'kubernetes.io/dockerconfigjson', data: 1 },
  { name: 'web-secrets', type: 'Opaque', data: 2 },
] as const;

export function tableOf(state: ClusterState, kind: Kind, now: number, sortBy?: string): Table {
  switch (kind) {
    case 'pods':
      return {
        header: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
        wideHeader: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
        rows: state.pods.map((pod) => ({
          name: pod.name,
          labels: podLabels(pod, state),
          cells: [podReady(pod), pod.status, podRestarts(pod, now), age(now, pod.createdAt)],
          wide: [podIp(pod) ?? none, pod.node ?? none, none, none],
        })),
      };
    case 'deployments': {
      const status = deploymentStatus(state);
      return {
        header: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
        wideHeader: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
        rows: [
          {
            name: 'web',
            labels: { app: 'web' },
            cells: [`${status.ready}/${status.desired}`, String(status.updated), String(status.available), age(now, APPLIED_AT)],
            wide: [CONTAINER, imageOf(state.deployment.version, state), 'app=web'],
          },
        ],
      };
    }
    case 'replicasets':
      return {
        header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
        wideHeader: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
        rows: state.replicaSets.map((rs) => {
          const status = replicaSetStatus(state, rs);
          return {
            name: rs.name,
            labels: { app: 'web', 'pod-template-hash': templateHash(rs.version, state) },
            cells: [String(status.desired), String(status.current), String(status.ready), age(now, replicaSetCreated(state, rs))],
            wide: [CONTAINER, imageOf(rs.version, state), `app=web,pod-template-hash=${templateHash(rs.version, state)}`],
          };
        }),
      };
    case 'services':
      return {
        header: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
        wideHeader: ['SELECTOR'],
        rows: [
          {
            name: 'kubernetes',
            labels: { component: 'apiserver', provider: 'kubernetes' },
            cells: ['ClusterIP', '10.96.0.1', none, '443/TCP', age(now, NODES_JOINED_AT)],
            wide: [none],
          },
          { name: 'web', labels: {}, cells: ['ClusterIP', SERVICE_IP, none, '80/TCP', age(now, APPLIED_AT)], wide: ['app=web'] },
        ],
      };
    case 'nodes':
      return {
        header: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
        wideHeader: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
        rows: NODE_NAMES.map((name) => {
          const node = state.nodes.find((n) => n.name === name)!;
          return {
            name,
            labels: { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64' },
            cells: [nodeStatus(node), none, age(now, NODES_JOINED_AT), KUBERNETES_VERSION],
            wide: [nodeIp(name), none, 'Ubuntu 24.04.3 LTS', '6.8.0-88-generic', 'containerd://2.1.4'],
          };
        }),
      };
    case 'hpa':
      return {
        header: ['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'],
        wideHeader: [],
        rows: [
          {
            name: 'web',
            labels: {},
            cells: [
              'Deployment/web',
              hpaTargets(state),
              String(specOf(state).minReplicas),
              String(specOf(state).maxReplicas),
              String(state.pods.filter(isActive).length),
              age(now, APPLIED_AT),
            ],
            wide: [],
          },
        ],
      };
    case 'events': {
      const events = clusterEvents(state, now);
      const byTime = sortBy === '.metadata.creationTimestamp' || sortBy === '.lastTimestamp' || sortBy === '.firstTimestamp';
      // Without --sort-by the API returns events by name, which begins with the object's name.
      const sorted = [...events].sort((a, b) =>
        byTime
          ? a.time - b.time
          : a.object.split('/')[1]! < b.object.split('/')[1]!
            ? -1
            : a.object === b.object
              ? a.time - b.time
              : 1,
      );
      return {
        header: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
        wideHeader: [],
        rows: sorted.map((event) => ({
          name: age(now, event.time),
          labels: {},
          cells: [event.type, event.reason, event.object, event.message],
          wide: [],
        })),
      };
    }
    case 'configmaps':
      return {
        header: ['NAME', 'DATA', 'AGE'],
        wideHeader: [],
        rows: CONFIG_MAPS.map((cm) => ({
          name: cm.name,
          labels: {},
          cells: [String(cm.data), age(now, cm.name === 'web-config' ? APPLIED_AT : NODES_JOINED_AT)],
          wide: [],
        })),
      };
    case 'secrets':
      return {
        header: ['NAME', 'TYPE', 'DATA', 'AGE'],
        wideHeader: [],
        rows: SECRETS.map((secret) => ({
          name: secret.name,
          labels: {},
          cells: [secret.type, String(secret.data), age(now, APPLIED_AT)],
          wide: [],
        })),
      };
    case 'namespaces':
      return {
        header: ['NAME', 'STATUS', 'AGE'],
        wideHeader: [],
        rows: ['default', 'kube-node-lease', 'kube-public', 'kube-system'].map((name) => ({
          name,
          labels: { 'kubernetes.io/metadata.name': name },
          cells: ['Active', age(now, NODES_JOINED_AT)],
          wide: [],
        })),
      };
  }
}

/** Whether an object of this kind and name exists. */
export function exists(state: ClusterState, kind: Kind, name: string, now: number): boolean {
  if (kind === 'events') return false;
  return tableOf(state, kind, now).rows.some((row) => row.name === name);
}
