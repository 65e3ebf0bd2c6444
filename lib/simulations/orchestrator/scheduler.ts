import { NODE_ALLOCATABLE, POD_REQUESTS } from './config';
import { cpuRequestOf } from './templates';
import type { ClusterNode, ClusterState, NodeName, Note, Pod, Step, Unschedulable } from './types';

// kube-scheduler. Every web pod requests the manifest's memory; its CPU request is its template's
// (the chapter's 500m unless the reader edited resources.requests.cpu). For each unbound pod it
// 1. filters: drops nodes with the node.kubernetes.io/unreachable taint (NotReady) and nodes whose
//    free allocatable CPU or memory is smaller than the pod's requests (NodeResourcesFit);
// 2. scores the rest: LeastAllocated (the most free CPU and memory wins), and the default topology
//    spreading (fewer pods of this app on the node wins); ties go to the first node, where the real
//    scheduler picks one at random.
// Pods still bound to a node (Terminating included) hold their requests until they are gone.

export interface NodeFit {
  node: NodeName;
  /** Requested millicores and MiB on the node now. */
  cpu: number;
  memory: number;
}

/** A pod's CPU request in millicores: the chapter's, unless its template says otherwise. */
export type CpuOf = (pod: Pod) => number;
const chapterCpu: CpuOf = () => POD_REQUESTS.cpu;

export function requestedOn(pods: readonly Pod[], node: NodeName, cpuOf: CpuOf = chapterCpu): NodeFit {
  const here = pods.filter((pod) => pod.node === node);
  return { node, cpu: here.reduce((sum, pod) => sum + cpuOf(pod), 0), memory: here.length * POD_REQUESTS.memory };
}

function fits(fit: NodeFit, cpu: number): { cpu: boolean; memory: boolean } {
  return {
    cpu: fit.cpu + cpu <= NODE_ALLOCATABLE.cpu,
    memory: fit.memory + POD_REQUESTS.memory <= NODE_ALLOCATABLE.memory,
  };
}

export function cpuOfState(state: Pick<ClusterState, 'templates'>): CpuOf {
  return (pod) => cpuRequestOf(state, pod.version);
}

/** LeastAllocated: the mean share of CPU and memory left free, 0–100. */
export function leastAllocatedScore(fit: NodeFit): number {
  const free = (used: number, total: number) => ((total - used) / total) * 100;
  return (free(fit.cpu, NODE_ALLOCATABLE.cpu) + free(fit.memory, NODE_ALLOCATABLE.memory)) / 2;
}

/** The node for one more pod requesting `cpu` millicores, or why there is none. */
export function pickNode(
  nodes: readonly ClusterNode[],
  pods: readonly Pod[],
  cpu: number = POD_REQUESTS.cpu,
  cpuOf: CpuOf = chapterCpu,
): { node: NodeFit } | { reason: Omit<Unschedulable, 'pods'> } {
  let best: NodeFit | null = null;
  let unreachable = 0;
  let insufficientCpu = 0;
  let insufficientMemory = 0;
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
    const fit = requestedOn(pods, node.name, cpuOf);
    const room = fits(fit, cpu);
    if (!room.cpu) {
      insufficientCpu += 1;
      continue;
    }
    // Memory runs out first only with a CPU request under 250m (8 pods fill the memory).
    if (!room.memory) {
      insufficientMemory += 1;
      continue;
    }
    if (best === null || leastAllocatedScore(fit) > leastAllocatedScore(best)) best = fit;
  }
  if (best) return { node: best };
  return {
    reason: {
      nodes: nodes.length,
      unreachable,
      insufficientCpu,
      ...(insufficientMemory > 0 ? { insufficientMemory } : {}),
      ...(cpu !== POD_REQUESTS.cpu ? { cpu } : {}),
      ...(cordoned > 0 ? { cordoned } : {}),
    },
  };
}

export function schedule(state: ClusterState, now: number): Step {
  let pods = state.pods;
  const bindings: { pod: string; node: NodeName; cpuAfter: number }[] = [];
  let reason: Omit<Unschedulable, 'pods'> | null = null;
  let waiting = 0;
  const cpuOf = cpuOfState(state);
  for (const pod of state.pods) {
    if (pod.node !== null || pod.status !== 'Pending') continue;
    const choice = pickNode(state.nodes, pods, cpuOf(pod), cpuOf);
    if ('reason' in choice) {
      waiting += 1;
      reason = choice.reason;
      continue;
    }
    const { node } = choice;
    pods = pods.map((p) => (p.name === pod.name ? { ...p, node: node.node, since: now } : p));
    bindings.push({ pod: pod.name, node: node.node, cpuAfter: node.cpu + cpuOf(pod) });
  }
  const notes: Note[] = [];
  if (bindings.length > 0) notes.push({ kind: 'scheduled', bindings });
  if (reason && waiting !== state.unschedulableReported)
    notes.push({ kind: 'unschedulable', reason: { pods: waiting, ...reason } });
  return { state: { ...state, pods, unschedulableReported: waiting }, notes };
}

/** Why the pods that wait unbound cannot be placed now, or null if none wait. */
export function unschedulableNow(state: ClusterState): Unschedulable | null {
  const waiting = state.pods.filter((pod) => pod.node === null && pod.status === 'Pending');
  const first = waiting[0];
  if (!first) return null;
  const cpuOf = cpuOfState(state);
  const choice = pickNode(state.nodes, state.pods, cpuOf(first), cpuOf);
  return 'reason' in choice ? { pods: waiting.length, ...choice.reason } : null;
}
