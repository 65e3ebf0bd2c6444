import { HISTORY_SECONDS, LIMIT_RPS } from './config';
import { answers, isServing } from './pod-queries';
import type { ClusterState, Note, Step } from './types';

export interface Split {
  /** Requests per second per endpoint. */
  perPod: number[];
  served: number;
  failed: number;
}

/** Spread `load` evenly over `endpoints` pods; what exceeds their limit fails. */
export function splitLoad(load: number, endpoints: number): Split {
  if (endpoints === 0) return { perPod: [], served: 0, failed: load };
  const base = Math.floor(load / endpoints);
  const extra = load - base * endpoints;
  const perPod = Array.from({ length: endpoints }, (_, i) => Math.min(LIMIT_RPS, base + (i < extra ? 1 : 0)));
  const served = perPod.reduce((sum, rps) => sum + rps, 0);
  return { perPod, served, failed: load - served };
}

// The Service sends requests only to pods whose readiness probe passes (its EndpointSlices list
// only those). A pod on a machine that stopped stays listed until the node is marked NotReady, and
// what is sent there fails. Simplification: an even split, where kube-proxy picks a backend at
// random; and a crashed pod leaves the endpoints at once, where a real one may drop in-flight requests.
export function balanceLoad(state: ClusterState, now: number): Step {
  const endpoints = state.pods.filter((pod) => isServing(pod, state));
  const split = splitLoad(state.load, endpoints.length);
  const rpsOf = new Map(endpoints.map((pod, i) => [pod.name, split.perPod[i] ?? 0]));
  let failed = split.failed;
  let blackholed = 0;
  const pods = state.pods.map((pod) => {
    const sent = rpsOf.get(pod.name) ?? 0;
    const servedRps = answers(pod, state) ? sent : 0;
    if (sent > 0 && servedRps === 0) {
      failed += sent;
      blackholed += 1;
    }
    return servedRps === pod.servedRps ? pod : { ...pod, servedRps };
  });
  const notes: Note[] = [];
  let overloadReported = state.traffic.overloadReported;
  if (failed > 0 && !overloadReported && state.load > 0) {
    const answering = endpoints.length - blackholed;
    if (endpoints.length === 0) notes.push({ kind: 'no-pods-serving' });
    else if (blackholed > 0) notes.push({ kind: 'blackhole', pods: blackholed });
    else notes.push({ kind: 'overload', readyPods: answering, capacity: answering * LIMIT_RPS });
    overloadReported = true;
  }
  if (failed === 0) overloadReported = false;
  const sample = { time: now, load: state.load, readyPods: endpoints.length - blackholed, failed };
  return {
    state: {
      ...state,
      pods,
      traffic: { failed, totalFailed: state.traffic.totalFailed + failed, overloadReported },
      history: [...state.history, sample].filter((s) => now - s.time < HISTORY_SECONDS),
    },
    notes,
  };
}
