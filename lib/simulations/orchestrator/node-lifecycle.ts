import { EVICTION_TOLERATION, NODE_MONITOR_GRACE } from './config';
import { isActive, isServing } from './pod-queries';
import type { ClusterState, NodeName, Note, Pod, Step } from './types';

// A node's machine stops. Nothing in the control plane knows yet: the pods still look Running and
// the Service keeps sending them requests, which fail. The node lifecycle controller
// 1. marks the node NotReady once it has not reported for the grace period, taints it
//    node.kubernetes.io/unreachable and marks its pods not ready (the Service stops using them);
// 2. evicts the pods once the taint's default toleration (300 s) runs out: they are deleted and
//    show Terminating until the node comes back, and their ReplicaSet creates replacements.
// Both waits are compressed (config.ts) and said so on screen.

export function failNode(state: ClusterState, name: NodeName, now: number): Step {
  const target = state.nodes.find((node) => node.name === name);
  if (!target || !target.up) return { state, notes: [] };
  const nodes = state.nodes.map((node) => (node.name === name ? { ...node, up: false, since: now } : node));
  // The pods whose requests will now fail: the ones the Service sends requests to.
  const pods = state.pods.filter((pod) => pod.node === name && isServing(pod, state)).length;
  const nodesLeft = nodes.filter((node) => node.up).length;
  // Nothing on the machine answers any more; the API still lists its pods as they were.
  const silenced = state.pods.map((pod) => (pod.node === name && pod.servedRps > 0 ? { ...pod, servedRps: 0 } : pod));
  return { state: { ...state, nodes, pods: silenced }, notes: [{ kind: 'node-stopped', node: name, pods, nodesLeft }] };
}

export function recoverNode(state: ClusterState, name: NodeName, now: number): Step {
  const target = state.nodes.find((node) => node.name === name);
  if (!target || target.up) return { state, notes: [] };
  const nodes = state.nodes.map((node) =>
    node.name === name ? { ...node, up: true, condition: 'Ready' as const, since: now, evicted: false } : node,
  );
  // The machine rebooted: the kubelet starts the containers of the pods still bound here again,
  // and finishes deleting the ones the control plane evicted meanwhile.
  let restarted = 0;
  let stuckTerminating = 0;
  const pods = state.pods.map((pod): Pod => {
    if (pod.node !== name) return pod;
    if (pod.status === 'Terminating') {
      stuckTerminating += 1;
      return { ...pod, since: now };
    }
    if (pod.status === 'Pending') return pod;
    restarted += 1;
    return {
      ...pod,
      status: 'ContainerCreating',
      ready: false,
      servedRps: 0,
      since: now,
      restarts: pod.restarts + 1,
      lastTerminatedAt: target.since,
    };
  });
  return { state: { ...state, nodes, pods }, notes: [{ kind: 'node-started', node: name, restarted, stuckTerminating }] };
}

/** The controller's periodic check of every node's heartbeat. */
export function monitorNodes(state: ClusterState, now: number): Step {
  let current = state;
  const notes: Note[] = [];
  for (const node of state.nodes) {
    if (node.up) continue;
    if (node.condition === 'Ready' && now - node.since >= NODE_MONITOR_GRACE.shown) {
      const onNode = current.pods.filter((pod) => pod.node === node.name && isActive(pod));
      current = {
        ...current,
        nodes: current.nodes.map((n) => (n.name === node.name ? { ...n, condition: 'NotReady' as const, since: now } : n)),
        pods: current.pods.map((pod) => (pod.node === node.name ? { ...pod, ready: false, servedRps: 0 } : pod)),
      };
      notes.push({ kind: 'node-not-ready', node: node.name, pods: onNode.length });
    } else if (node.condition === 'NotReady' && !node.evicted && now - node.since >= EVICTION_TOLERATION.shown) {
      const onNode = current.pods.filter((pod) => pod.node === node.name && isActive(pod));
      current = {
        ...current,
        nodes: current.nodes.map((n) => (n.name === node.name ? { ...n, evicted: true } : n)),
        pods: current.pods.map((pod) =>
          pod.node === node.name && isActive(pod)
            ? { ...pod, status: 'Terminating' as const, ready: false, servedRps: 0, since: now }
            : pod,
        ),
      };
      if (onNode.length > 0) notes.push({ kind: 'evicted', node: node.name, pods: onNode.length });
    }
  }
  return { state: current, notes };
}
