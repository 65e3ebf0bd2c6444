import {
  LIMIT_RPS,
  REQUEST_RPS,
  POD_REQUESTS,
  replicaSetNameOf,
  specOf,
  templateOf,
  PROGRESS_DEADLINE,
  TERMINATION_GRACE,
  type ClusterState,
  type Pod,
  type VersionId,
} from '@/lib/simulations/orchestrator';
import { deploymentStatus, revisionOf } from './views';
import { APPLIED_AT, CONTAINER, NAMESPACE, SERVICE_IP, nodeIp, podIp, podLabels, rfc3339, uidOf } from './world-facts';
import type { YamlValue } from './yaml';

/** The CPU limit the simulation serves up to: twice the request (config.ts LIMIT_RPS ÷ REQUEST_RPS). */
export const POD_LIMITS = { cpu: String((POD_REQUESTS.cpu * (LIMIT_RPS / REQUEST_RPS)) / 1000) } as const;

// The API objects behind `-o yaml`, built from the simulation's state. Fields the simulation does
// not model (managedFields, resourceVersion) are left out, as `kubectl get -o yaml` omits
// managedFields by default too.

const container = (state: ClusterState, version: VersionId): YamlValue => {
  const template = templateOf(state, version);
  return {
    image: template.image,
    imagePullPolicy: 'IfNotPresent',
    name: CONTAINER,
    ports: [{ containerPort: 3000, protocol: 'TCP' }],
    ...(template.readinessPath === ''
      ? {}
      : {
          readinessProbe: {
            failureThreshold: 3,
            httpGet: { path: template.readinessPath, port: template.readinessPort, scheme: 'HTTP' },
            periodSeconds: 5,
            successThreshold: 1,
            timeoutSeconds: 1,
          },
        }),
    resources: { limits: { cpu: POD_LIMITS.cpu }, requests: { cpu: `${template.cpu}m`, memory: `${POD_REQUESTS.memory}Mi` } },
  };
};

export function podObject(state: ClusterState, pod: Pod): YamlValue {
  const ip = podIp(pod);
  const conditions: YamlValue[] = [
    { status: pod.node ? 'True' : 'False', type: 'PodScheduled' },
    { status: pod.ready ? 'True' : 'False', type: 'Ready' },
  ];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      creationTimestamp: rfc3339(pod.createdAt),
      generateName: `${replicaSetNameOf(state, pod.version)}-`,
      labels: podLabels(pod, state),
      name: pod.name,
      namespace: NAMESPACE,
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          blockOwnerDeletion: true,
          controller: true,
          kind: 'ReplicaSet',
          name: replicaSetNameOf(state, pod.version),
          uid: uidOf(replicaSetNameOf(state, pod.version)),
        },
      ],
      uid: uidOf(pod.name),
      ...(pod.status === 'Terminating'
        ? { deletionGracePeriodSeconds: TERMINATION_GRACE.real, deletionTimestamp: rfc3339(pod.since + TERMINATION_GRACE.real) }
        : {}),
    },
    spec: {
      containers: [container(state, pod.version)],
      ...(pod.node ? { nodeName: pod.node } : {}),
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      terminationGracePeriodSeconds: TERMINATION_GRACE.real,
    },
    status: {
      conditions,
      ...(pod.node ? { hostIP: nodeIp(pod.node) } : {}),
      phase: pod.status === 'Pending' || pod.status === 'ContainerCreating' ? 'Pending' : 'Running',
      ...(ip ? { podIP: ip, podIPs: [{ ip }] } : {}),
      qosClass: 'Burstable',
      startTime: rfc3339(pod.createdAt),
    },
  };
}

export function deploymentObject(state: ClusterState): YamlValue {
  const status = deploymentStatus(state);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      annotations: { 'deployment.kubernetes.io/revision': String(revisionOf(state, state.deployment.version) ?? 1) },
      creationTimestamp: rfc3339(APPLIED_AT),
      labels: { app: 'web' },
      name: 'web',
      namespace: NAMESPACE,
      uid: uidOf('deployment/web'),
    },
    spec: {
      progressDeadlineSeconds: PROGRESS_DEADLINE.real,
      replicas: state.deployment.replicas,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { app: 'web' } },
      strategy: {
        rollingUpdate: { maxSurge: specOf(state).maxSurge, maxUnavailable: specOf(state).maxUnavailable },
        type: 'RollingUpdate',
      },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [container(state, state.deployment.version)],
          restartPolicy: 'Always',
          terminationGracePeriodSeconds: TERMINATION_GRACE.real,
        },
      },
    },
    status: {
      availableReplicas: status.available,
      readyReplicas: status.ready,
      replicas: status.replicas,
      updatedReplicas: status.updated,
    },
  };
}

export function serviceObject(): YamlValue {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { creationTimestamp: rfc3339(APPLIED_AT), name: 'web', namespace: NAMESPACE, uid: uidOf('service/web') },
    spec: {
      clusterIP: SERVICE_IP,
      clusterIPs: [SERVICE_IP],
      ports: [{ port: 80, protocol: 'TCP', targetPort: 3000 }],
      selector: { app: 'web' },
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  };
}

export function hpaObject(state: ClusterState): YamlValue {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { creationTimestamp: rfc3339(APPLIED_AT), name: 'web', namespace: NAMESPACE, uid: uidOf('hpa/web') },
    spec: {
      maxReplicas: specOf(state).maxReplicas,
      metrics: [
        {
          resource: { name: 'cpu', target: { averageUtilization: specOf(state).targetUtilization, type: 'Utilization' } },
          type: 'Resource',
        },
      ],
      minReplicas: specOf(state).minReplicas,
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    },
    status: { currentReplicas: deploymentStatus(state).replicas, desiredReplicas: state.deployment.replicas },
  };
}
