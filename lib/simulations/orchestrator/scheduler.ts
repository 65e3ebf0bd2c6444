import { NODE_ALLOCATABLE, POD_REQUESTS } from './config';
import type { ClusterNode, ClusterState, NodeName, Note, Pod, Step, Unschedulable } from './types';

// kube-scheduler, for pods that all request the same resources. For each unbound pod it
// 1. filters: drops nodes with the node.kubernetes.io/unreachable taint (NotReady) and nodes whose
//    free allocatable CPU or memory is smaller than the pod's requests (NodeResourcesFit);
// 2. scores the rest: LeastAllocated (the most free CPU and memory wins), and the default topology
//    spreading (fewer pods of this app on the node wins), which agree here because every web pod
//    requests the same; ties go to the first node, where the real scheduler picks one at random.
// Pods still bound to a node (Terminating included) hold their requests until they are gone.

export interface NodeFit {
  node: NodeName;
  /** Requested millicores and MiB on the node now. */
  cpu: number;
  memory: number;
}

export function requestedOn(pods: readonly Pod[], node: NodeName): NodeFit {
  const count = pods.filter((pod) => pod.node === node).length;
  return { node, cpu: count * POD_REQUESTS.cpu, memory: count * POD_REQUESTS.memory };
}

function fits(fit: NodeFit): { cpu: boolean; memory: boolean } {
  return {
    cpu: fit.cpu + POD_REQUESTS.cpu <= NODE_ALLOCATABLE.cpu,
    memory: fit.memory + POD_REQUESTS.memory <= NODE_ALLOCATABLE.memory,
  };
}

/** LeastAllocated: the mean share of CPU and memory left free, 0–100. */
export function leastAllocatedScore(fit: NodeFit): number {
  const free = (used: number, total: number) => ((total - used) / total) * 100;
  return (free(fit.cpu, NODE_ALLOCATABLE.cpu) + free(fit.memory, NODE_ALLOCATABLE.memory)) / 2;
}

/** The node for one more pod, or why there is none. */
export function pickNode(
  nodes: readonly ClusterNode[],
  pods: readonly Pod[],
): { node: NodeFit } | { reason: Omit<Unschedulable, 'pods'> } {
  let best: NodeFit | null = null;
  let unreachable = 0;
  let insufficientCpu = 0;
  let cordoned = 0;
  for (const node of nodes) {
    if (node.condition !== 'Ready') {
      unreachable += 1;
      continue;
    }
    if (node.cordoned) {
      cordoned += 1;
      continue;
    }
    const fit = requestedOn(pods, node.name);
    const room = fits(fit);
    if (!room.cpu) {
      insufficientCpu += 1;
      continue;
    }
    // Memory never runs out first with these requests (4 pods fill the CPU, 8 the memory).
    if (!room.memory) continue;
    if (best === null || leastAllocatedScore(fit) > leastAllocatedScore(best)) best = fit;
  }
  if (best) return { node: best };
  return { reason: { nodes: nodes.length, unreachable, insufficientCpu, ...(cordoned > 0 ? { cordoned } : {}) } };
}

export function schedule(state: ClusterState, now: number): Step {
  let pods = state.pods;
  const bindings: { pod: string; node: NodeName; cpuAfter: number }[] = [];
  let reason: Omit<Unschedulable, 'pods'> | null = null;
  let waiting = 0;
  for (const pod of state.pods) {
    if (pod.node !== null || pod.status !== 'Pending') continue;
    const choice = pickNode(state.nodes, pods);
    if ('reason' in choice) {
      waiting += 1;
      reason = choice.reason;
      continue;
    }
    const { node } = choice;
    pods = pods.map((p) => (p.name === pod.name ? { ...p, node: node.node, since: now } : p));
    bindings.push({ pod: pod.name, node: node.node, cpuAfter: node.cpu + POD_REQUESTS.cpu });
  }
  const notes: Note[] = [];
  if (bindings.length > 0) notes.push({ kind: 'scheduled', bindings });
  if (reason && waiting !== state.unschedulableReported)
    notes.push({ kind: 'unschedulable', reason: { pods: waiting, ...reason } });
  return { state: { ...state, pods, unschedulableReported: waiting }, notes };
}

/** Why the pods that wait unbound cannot be placed now, or null if none wait. */
export function unschedulableNow(state: ClusterState): Unschedulable | null {
  const waiting = state.pods.filter((pod) => pod.node === null && pod.status === 'Pending').length;
  if (waiting === 0) return null;
  const choice = pickNode(state.nodes, state.pods);
  return 'reason' in choice ? { pods: waiting, ...choice.reason } : null;
}
