import {
  CONTAINER_CREATING_SECONDS,
  READINESS_SECONDS,
  HEALTH,
  normalizeImage,
  templateOf,
  failedScheduling,
  type ClusterState,
  type Unschedulable,
} from '@/lib/simulations/orchestrator';
import { backoffSeconds } from '@/lib/simulations/orchestrator/kubelet';
import { CONTAINER, NAMESPACE, podIp, uidOf } from './world-facts';

// The cluster's Events, derived from the simulation's record of what happened (state.log): each
// controller's note becomes the event that controller really emits, with its real reason and
// message. The record keeps the last notes only, as a real cluster keeps events for an hour.

export interface KubeEvent {
  time: number;
  type: 'Normal' | 'Warning';
  reason: string;
  /** "pod/web-6d9f7-abcde" */
  object: string;
  source: string;
  message: string;
}

function preemption(reason: Unschedulable): string {
  const parts = [
    reason.insufficientCpu > 0 ? `${reason.insufficientCpu} No preemption victims found for incoming pod` : '',
    reason.nodes - reason.insufficientCpu > 0
      ? `${reason.nodes - reason.insufficientCpu} Preemption is not helpful for scheduling`
      : '',
  ].filter(Boolean);
  return ` preemption: 0/${reason.nodes} nodes are available: ${parts.join(', ')}.`;
}

export function clusterEvents(state: ClusterState, now: number): KubeEvent[] {
  const events: KubeEvent[] = [];
  const add = (event: KubeEvent) => {
    if (event.time <= now) events.push(event);
  };
  const kubelet = (node: string | null) => `kubelet${node ? `, ${node}` : ''}`;
  const nodeOfPod = (name: string) => state.pods.find((pod) => pod.name === name)?.node ?? null;
  const started = (pod: string, time: number, image: string) => {
    const from = kubelet(nodeOfPod(pod));
    add({
      time,
      type: 'Normal',
      reason: 'Pulled',
      object: `pod/${pod}`,
      source: from,
      message: `Container image "${image}" already present on machine`,
    });
    add({
      time,
      type: 'Normal',
      reason: 'Created',
      object: `pod/${pod}`,
      source: from,
      message: `Created container: ${CONTAINER}`,
    });
    add({
      time,
      type: 'Normal',
      reason: 'Started',
      object: `pod/${pod}`,
      source: from,
      message: `Started container ${CONTAINER}`,
    });
  };
  const imageOfPod = (name: string) => {
    const version = state.pods.find((pod) => pod.name === name)?.version ?? state.deployment.version;
    return templateOf(state, version).image;
  };
  const pullable = (name: string) => {
    const version = state.pods.find((pod) => pod.name === name)?.version ?? state.deployment.version;
    return templateOf(state, version).pullable;
  };
  // Pods that were running when the simulation began: their creation, before its record starts.
  for (const pod of state.pods) {
    if (pod.createdAt >= 0 || pod.node === null) continue;
    const rs = pod.name.slice(0, pod.name.lastIndexOf('-'));
    add({
      time: pod.createdAt,
      type: 'Normal',
      reason: 'SuccessfulCreate',
      object: `replicaset/${rs}`,
      source: 'replicaset-controller',
      message: `Created pod: ${pod.name}`,
    });
    add({
      time: pod.createdAt,
      type: 'Normal',
      reason: 'Scheduled',
      object: `pod/${pod.name}`,
      source: 'default-scheduler',
      message: `Successfully assigned ${NAMESPACE}/${pod.name} to ${pod.node}`,
    });
    started(pod.name, pod.createdAt, imageOfPod(pod.name));
  }
  for (const { time, note } of state.log) {
    switch (note.kind) {
      case 'created':
        for (const pod of note.pods) {
          const rs = pod.slice(0, pod.lastIndexOf('-'));
          add({
            time,
            type: 'Normal',
            reason: 'SuccessfulCreate',
            object: `replicaset/${rs}`,
            source: 'replicaset-controller',
            message: `Created pod: ${pod}`,
          });
        }
        break;
      case 'removed':
        for (const pod of note.pods) {
          const rs = pod.slice(0, pod.lastIndexOf('-'));
          add({
            time,
            type: 'Normal',
            reason: 'SuccessfulDelete',
            object: `replicaset/${rs}`,
            source: 'replicaset-controller',
            message: `Deleted pod: ${pod}`,
          });
          add({
            time,
            type: 'Normal',
            reason: 'Killing',
            object: `pod/${pod}`,
            source: kubelet(nodeOfPod(pod)),
            message: `Stopping container ${CONTAINER}`,
          });
        }
        break;
      case 'scheduled':
        for (const binding of note.bindings) {
          add({
            time,
            type: 'Normal',
            reason: 'Scheduled',
            object: `pod/${binding.pod}`,
            source: 'default-scheduler',
            message: `Successfully assigned ${NAMESPACE}/${binding.pod} to ${binding.node}`,
          });
          // The kubelet starts the container on its next sync and reports it once it runs; an image
          // the registry lacks never gets that far (its events come from the pod's state, below).
          if (pullable(binding.pod)) started(binding.pod, time + 1 + CONTAINER_CREATING_SECONDS, imageOfPod(binding.pod));
        }
        break;
      case 'unschedulable':
        for (const pod of state.pods.filter((p) => p.node === null && p.status === 'Pending')) {
          add({
            time,
            type: 'Warning',
            reason: 'FailedScheduling',
            object: `pod/${pod.name}`,
            source: 'default-scheduler',
            message: failedScheduling(note.reason) + preemption(note.reason),
          });
        }
        break;
      case 'container-killed':
        if (note.streak >= 2)
          add({
            time,
            type: 'Warning',
            reason: 'BackOff',
            object: `pod/${note.pod}`,
            source: kubelet(nodeOfPod(note.pod)),
            message: `Back-off restarting failed container ${CONTAINER} in pod ${note.pod}_${NAMESPACE}(${uidOf(note.pod)})`,
          });
        break;
      case 'restarted':
        started(note.pod, time, imageOfPod(note.pod));
        break;
      case 'pod-deleted':
        add({
          time,
          type: 'Normal',
          reason: 'Killing',
          object: `pod/${note.pod}`,
          source: kubelet(nodeOfPod(note.pod)),
          message: `Stopping container ${CONTAINER}`,
        });
        break;
      case 'node-not-ready':
        add({
          time,
          type: 'Normal',
          reason: 'NodeNotReady',
          object: `node/${note.node}`,
          source: 'node-controller',
          message: `Node ${note.node} status is now: NodeNotReady`,
        });
        break;
      case 'evicted':
        for (const pod of state.pods.filter((p) => p.node === note.node && p.status === 'Terminating')) {
          add({
            time,
            type: 'Normal',
            reason: 'TaintManagerEviction',
            object: `pod/${pod.name}`,
            source: 'taint-eviction-controller',
            message: `Marking for deletion Pod ${NAMESPACE}/${pod.name}`,
          });
        }
        break;
      case 'node-started':
        add({
          time,
          type: 'Normal',
          reason: 'NodeReady',
          object: `node/${note.node}`,
          source: 'kubelet',
          message: `Node ${note.node} status is now: NodeReady`,
        });
        break;
      case 'cordoned':
        add({
          time,
          type: 'Normal',
          reason: note.cordoned ? 'NodeNotSchedulable' : 'NodeSchedulable',
          object: `node/${note.node}`,
          source: kubelet(note.node),
          message: `Node ${note.node} status is now: ${note.cordoned ? 'NodeNotSchedulable' : 'NodeSchedulable'}`,
        });
        break;
      case 'drained':
        add({
          time,
          type: 'Normal',
          reason: 'NodeNotSchedulable',
          object: `node/${note.node}`,
          source: kubelet(note.node),
          message: `Node ${note.node} status is now: NodeNotSchedulable`,
        });
        break;
      case 'scaled':
        add({
          time,
          type: 'Normal',
          reason: 'SuccessfulRescale',
          object: 'horizontalpodautoscaler/web',
          source: 'horizontal-pod-autoscaler',
          message: `New size: ${note.to}; reason: ${note.to > note.from ? 'cpu resource utilization (percentage of request) above target' : 'All metrics below target'}`,
        });
        break;
      default:
        break;
    }
  }
  // A pod whose readiness probe keeps failing: the kubelet reports it on every probe period.
  for (const pod of state.pods) {
    const template = templateOf(state, pod.version);
    if (pod.status !== 'Running' || pod.ready || template.becomesReady) continue;
    if (now - pod.since < READINESS_SECONDS) continue;
    add({
      time: now,
      type: 'Warning',
      reason: 'Unhealthy',
      object: `pod/${pod.name}`,
      source: kubelet(pod.node),
      message: probeFailure(pod, template),
    });
  }
  // A pod whose image the registry does not have: the kubelet's pull, its failure and the back-off,
  // as containerd and the kubelet word them, at the pod's latest attempt.
  for (const pod of state.pods) {
    if (pod.status !== 'ErrImagePull' && pod.status !== 'ImagePullBackOff') continue;
    const { image } = templateOf(state, pod.version);
    const reference = `docker.io/${normalizeImage(image)}`;
    const source = kubelet(pod.node);
    const object = `pod/${pod.name}`;
    const failedAt = pod.status === 'ErrImagePull' ? pod.since : pod.restartAt - backoffSeconds(pod.crashStreak + 1);
    add({ time: failedAt, type: 'Normal', reason: 'Pulling', object, source, message: `Pulling image "${image}"` });
    add({
      time: failedAt,
      type: 'Warning',
      reason: 'Failed',
      object,
      source,
      message: `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${reference}": failed to resolve reference "${reference}": ${reference}: not found`,
    });
    add({ time: failedAt, type: 'Warning', reason: 'Failed', object, source, message: 'Error: ErrImagePull' });
    if (pod.status === 'ImagePullBackOff') {
      add({ time: pod.since, type: 'Normal', reason: 'BackOff', object, source, message: `Back-off pulling image "${image}"` });
      add({ time: pod.since, type: 'Warning', reason: 'Failed', object, source, message: 'Error: ImagePullBackOff' });
    }
  }
  return events;
}

/** What the kubelet's HTTP probe sees: the broken release answers 503, a path the app lacks 404, a port nothing listens on refuses. */
function probeFailure(pod: ClusterState['pods'][number], template: ReturnType<typeof templateOf>): string {
  if (template.readinessPort !== HEALTH.port) {
    const ip = podIp(pod) ?? '';
    const url = `http://${ip}:${template.readinessPort}${template.readinessPath}`;
    return `Readiness probe failed: Get "${url}": dial tcp ${ip}:${template.readinessPort}: connect: connection refused`;
  }
  if (template.readinessPath !== HEALTH.path) return 'Readiness probe failed: HTTP probe failed with statuscode: 404';
  return 'Readiness probe failed: HTTP probe failed with statuscode: 503';
}

export function eventsOf(state: ClusterState, now: number, object: string): KubeEvent[] {
  return clusterEvents(state, now)
    .filter((event) => event.object === object)
    .sort((a, b) => a.time - b.time);
}
