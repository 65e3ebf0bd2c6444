import type { ClusterState, NodeName, Step } from './types';

// When a node stops, the node lifecycle controller marks it NotReady and evicts its pods; their
// ReplicaSet no longer counts them and creates replacements that the scheduler puts elsewhere.
// Simplification: this happens at once. A real cluster first waits ~40 s for missed heartbeats and
// then 5 minutes (the default not-ready toleration) before evicting, and the old pods show as
// Terminating until the node comes back or someone deletes them; here they vanish after the
// usual termination time.
export function failNode(state: ClusterState, node: NodeName, now: number): Step {
  const target = state.nodes.find((n) => n.name === node);
  if (!target || !target.ready) return { state, notes: [`${node}는 이미 멈춰 있습니다.`] };
  const lost = state.pods.filter((pod) => pod.node === node && pod.status !== 'Terminating');
  const pods = state.pods.map((pod) =>
    pod.node === node && pod.status !== 'Terminating'
      ? { ...pod, status: 'Terminating' as const, ready: false, servedRps: 0, since: now }
      : pod,
  );
  const nodes = state.nodes.map((n) => (n.name === node ? { ...n, ready: false } : n));
  const desired = state.deployment.replicas;
  return {
    state: { ...state, nodes, pods },
    notes: [
      lost.length === 0
        ? `${node}가 멈췄습니다. 이 노드에는 파드가 없어서 서비스에는 영향이 없습니다.`
        : `${node}가 멈췄습니다. 그 위의 파드 ${lost.length}개를 잃었으므로, 레플리카셋이 의도한 상태(파드 ${desired}개)를 되찾으려고 다른 노드에 새 파드를 만듭니다.`,
    ],
  };
}

export function recoverNode(state: ClusterState, node: NodeName): Step {
  const target = state.nodes.find((n) => n.name === node);
  if (!target || target.ready) return { state, notes: [`${node}는 이미 동작하고 있습니다.`] };
  const nodes = state.nodes.map((n) => (n.name === node ? { ...n, ready: true } : n));
  return {
    state: { ...state, nodes },
    notes: [`${node}가 돌아왔습니다. 새 파드는 이 노드에도 배치될 수 있지만, 이미 옮겨 간 파드를 되돌려 놓지는 않습니다.`],
  };
}
