import { HPA, LIMIT_RPS, REQUEST_RPS } from './config';
import { servingPods } from './pod-queries';
import type { ClusterState, Step } from './types';

/** The HPA's core formula: desired = ceil(current × utilization / target), unless within tolerance. */
export function desiredReplicas(current: number, utilization: number, target: number, tolerance: number = HPA.tolerance): number {
  const ratio = utilization / target;
  if (Math.abs(ratio - 1) <= tolerance) return current;
  // The epsilon keeps floating-point noise from turning an exact 8 into 8.0000001 and then 9.
  return Math.ceil(current * ratio - 1e-9);
}

/**
 * Scale-down stabilization: the autoscaler acts on the highest recommendation of the last window,
 * so a brief dip does not remove pods that a returning surge would need. Scale-up is not delayed,
 * but is limited to doubling or +4 pods per sync (the real default policy).
 */
export function stabilize(
  current: number,
  recommendation: number,
  recent: readonly { time: number; replicas: number }[],
  now: number,
  windowSeconds: number = HPA.scaleDownStabilizationSeconds,
): number {
  if (recommendation > current) return Math.min(recommendation, Math.max(current * 2, current + 4));
  const inWindow = recent.filter((r) => now - r.time < windowSeconds).map((r) => r.replicas);
  return Math.min(current, Math.max(recommendation, ...inWindow));
}

/** Average CPU of the pods receiving traffic, as a percentage of their CPU request. */
export function averageUtilization(load: number, servingCount: number): number | null {
  if (servingCount === 0) return null;
  const perPod = Math.min(load / servingCount, LIMIT_RPS);
  return (perPod / REQUEST_RPS) * 100;
}

// Every sync period the Horizontal Pod Autoscaler reads CPU metrics and sets the Deployment's
// replicas. Simplifications: the metric comes straight from the load (no metrics-server lag), and
// pods that are not ready yet count as 0% CPU, as the real HPA assumes when deciding to scale up.
export function autoscale(state: ClusterState, now: number): Step {
  const { autoscaler, deployment } = state;
  if (now - autoscaler.lastSyncAt < HPA.syncSeconds) return { state, notes: [] };
  const serving = servingPods(state).length;
  const readyUtilization = averageUtilization(state.load, serving);
  const synced = { ...autoscaler, lastSyncAt: now, lastUtilization: readyUtilization };
  // No metrics at all (nothing ready): the real HPA skips the cycle too.
  if (readyUtilization === null) return { state: { ...state, autoscaler: synced }, notes: [] };

  const current = deployment.replicas;
  // Pods counted by the Deployment but not serving yet (starting, crashed) contribute 0%.
  const counted = Math.max(serving, current);
  const utilization = (readyUtilization * serving) / counted;
  const raw = desiredReplicas(current, utilization, HPA.targetUtilization);
  const recommendation = clamp(raw, HPA.minReplicas, HPA.maxReplicas);
  const recommendations = [...synced.recommendations, { time: now, replicas: recommendation }].filter(
    (r) => now - r.time < HPA.scaleDownStabilizationSeconds,
  );
  const next = clamp(stabilize(current, recommendation, synced.recommendations, now), HPA.minReplicas, HPA.maxReplicas);

  const notes: string[] = [];
  let waitingReported = synced.waitingReported;
  const shown = Math.round(utilization);
  if (next > current) {
    const limit =
      next === raw ? '' : next === HPA.maxReplicas ? `, 최댓값이 ${HPA.maxReplicas}개라 ${next}개` : `, 한 번에 늘릴 수 있는 만큼만 ${next}개`;
    notes.push(
      `Horizontal Pod Autoscaler: 평균 CPU 사용률 ${shown}%가 목표 ${HPA.targetUtilization}%보다 높습니다. ` +
        `레플리카를 ${current}개에서 ${next}개로 늘립니다(⌈현재 레플리카 × 현재 사용률 ÷ 목표 사용률⌉ = ${raw}${limit}).`,
    );
    waitingReported = false;
  } else if (next < current) {
    notes.push(
      `Horizontal Pod Autoscaler: CPU 사용률 ${shown}%로 낮은 상태가 ${HPA.scaleDownStabilizationSeconds}초 동안 이어졌습니다. 레플리카를 ${current}개에서 ${next}개로 줄입니다.`,
    );
    waitingReported = false;
  } else if (recommendation < current && !waitingReported) {
    notes.push(
      `Horizontal Pod Autoscaler: CPU 사용률이 ${shown}%로 낮아졌지만, 부하가 다시 오를 수 있어 ${HPA.scaleDownStabilizationSeconds}초 동안 지켜본 뒤에 줄입니다.`,
    );
    waitingReported = true;
  }
  return {
    state: {
      ...state,
      autoscaler: { ...synced, recommendations, waitingReported },
      deployment: { ...deployment, replicas: next },
    },
    notes,
  };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
