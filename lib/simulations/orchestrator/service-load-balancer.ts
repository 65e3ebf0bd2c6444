import { HISTORY_SECONDS, LIMIT_RPS } from './config';
import { isServing } from './pod-queries';
import type { ClusterState, Step } from './types';

export interface Split {
  /** Requests per second per serving pod. */
  perPod: number[];
  served: number;
  failed: number;
}

/** Spread `load` evenly over `servingCount` pods; what exceeds their limit fails. */
export function splitLoad(load: number, servingCount: number): Split {
  if (servingCount === 0) return { perPod: [], served: 0, failed: load };
  const base = Math.floor(load / servingCount);
  const extra = load - base * servingCount;
  const perPod = Array.from({ length: servingCount }, (_, i) => Math.min(LIMIT_RPS, base + (i < extra ? 1 : 0)));
  const served = perPod.reduce((sum, rps) => sum + rps, 0);
  return { perPod, served, failed: load - served };
}

// The Service sends requests only to pods whose readiness probe passes (its EndpointSlices list
// only those). Simplification: an even split, where kube-proxy picks a backend at random; and a pod
// that crashes leaves the endpoints at once, where a real one may still drop in-flight requests.
export function balanceLoad(state: ClusterState, now: number): Step {
  const split = splitLoad(state.load, state.pods.filter((pod) => isServing(pod, state)).length);
  let i = 0;
  const pods = state.pods.map((pod) => {
    const servedRps = isServing(pod, state) ? split.perPod[i++]! : 0;
    return servedRps === pod.servedRps ? pod : { ...pod, servedRps };
  });
  const notes: string[] = [];
  let overloadReported = state.traffic.overloadReported;
  if (split.failed > 0 && !overloadReported && state.load > 0) {
    notes.push(
      i === 0
        ? '요청을 받을 준비된 파드가 하나도 없어 모든 요청이 실패합니다.'
        : `준비된 파드 ${i}개가 감당할 수 있는 양(초당 ${i * LIMIT_RPS}건)보다 부하가 커서, 요청 일부가 실패하고 있습니다.`,
    );
    overloadReported = true;
  }
  if (split.failed === 0) overloadReported = false;
  const sample = { time: now, load: state.load, readyPods: i, failed: split.failed };
  return {
    state: {
      ...state,
      pods,
      traffic: {
        served: split.served,
        failed: split.failed,
        totalFailed: state.traffic.totalFailed + split.failed,
        overloadReported,
      },
      history: [...state.history, sample].filter((s) => now - s.time < HISTORY_SECONDS),
    },
    notes,
  };
}
