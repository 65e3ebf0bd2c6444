import { PODS_PER_NODE } from './config';
import type { ClusterState, NodeName, Step } from './types';

// The scheduler binds each unbound pod to the ready node with the fewest pods that still has room.
// Real kube-scheduler filters by resources, taints and affinity and then scores nodes with several
// plugins; "least loaded, fixed capacity" is the part that decides where pods land here.
export function schedule(state: ClusterState, now: number): Step {
  const counts = new Map<NodeName, number>();
  for (const node of state.nodes) if (node.ready) counts.set(node.name, 0);
  for (const pod of state.pods) {
    if (pod.node !== null && counts.has(pod.node)) counts.set(pod.node, (counts.get(pod.node) ?? 0) + 1);
  }
  const bound: string[] = [];
  let waiting = 0;
  const pods = state.pods.map((pod) => {
    if (pod.node !== null || pod.status !== 'Pending') return pod;
    const node = leastLoadedNode(counts);
    if (node === null) {
      waiting += 1;
      return pod;
    }
    counts.set(node, (counts.get(node) ?? 0) + 1);
    bound.push(node);
    return { ...pod, node, since: now };
  });

  const notes: string[] = [];
  if (bound.length === 1) notes.push(`스케줄러가 새 파드를 파드가 가장 적은 노드인 ${bound[0]}에 배치합니다.`);
  if (bound.length > 1) {
    notes.push(`스케줄러가 새 파드 ${bound.length}개를 파드가 적은 노드부터 배치합니다(${bound.join(', ')}).`);
  }
  let unschedulableReported = state.unschedulableReported;
  if (waiting > 0 && waiting !== unschedulableReported) {
    notes.push(`남은 노드에 자리가 없어 파드 ${waiting}개가 Pending 상태로 기다립니다. 노드가 돌아오면 배치됩니다.`);
  }
  unschedulableReported = waiting;
  return { state: { ...state, pods, unschedulableReported }, notes };
}

export function leastLoadedNode(counts: ReadonlyMap<NodeName, number>): NodeName | null {
  let best: NodeName | null = null;
  let bestCount = Infinity;
  // Map order is node order, so ties go to the first node: deterministic.
  for (const [node, count] of counts) {
    if (count < PODS_PER_NODE && count < bestCount) {
      best = node;
      bestCount = count;
    }
  }
  return best;
}
