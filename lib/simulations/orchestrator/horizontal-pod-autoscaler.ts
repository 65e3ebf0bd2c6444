import { HPA, LIMIT_RPS, POD_REQUESTS, REQUEST_RPS } from './config';
import { isActive, nodeOf } from './pod-queries';
import { cpuRequestOf, specOf } from './templates';
import type { AutoscalerReading, ClusterState, Note, Step } from './types';

/** Millicores one request per second costs: a 500m pod is at 100 % serving REQUEST_RPS. */
const MILLICORES_PER_RPS = POD_REQUESTS.cpu / REQUEST_RPS;

/**
 * CPU of one pod serving `rps`, as a percentage of its request `cpu` (millicores). The work per
 * request is fixed, so a smaller request shows a higher percentage for the same traffic; the CPU
 * limit (1 core) caps what it can serve.
 */
export function podUtilization(rps: number, cpu: number = POD_REQUESTS.cpu): number {
  return ((Math.min(rps, LIMIT_RPS) * MILLICORES_PER_RPS) / cpu) * 100;
}

/** Average CPU over `count` pods sharing `load` evenly, percent of the request; null with none. */
export function averageUtilization(load: number, count: number, cpu: number = POD_REQUESTS.cpu): number | null {
  return count === 0 ? null : podUtilization(load / count, cpu);
}

/**
 * The HPA's replica calculation for a CPU target (kubernetes.io: "Algorithm details"):
 * average over the ready pods with metrics; if that says "scale up", pods not ready yet and pods
 * without metrics count as 0 %; if it says "scale down", pods without metrics count as 100 % and
 * unready ones are left out. If filling them in reverses the direction or lands within the
 * tolerance, nothing changes. desired = ⌈pods counted × usage ÷ target⌉.
 */
export function readReplicas(
  readyUtilizations: readonly number[],
  notReady: number,
  missing: number,
  current: number,
  target: number = HPA.targetUtilization,
): Omit<AutoscalerReading, 'replicas'> | null {
  const ready = readyUtilizations.length;
  if (ready === 0) return null;
  const readyUtilization = readyUtilizations.reduce((sum, u) => sum + u, 0) / ready;
  const ratio = readyUtilization / target;
  const base = { readyUtilization, ready, notReady, missing };
  if (Math.abs(ratio - 1) <= HPA.tolerance) return { ...base, utilization: readyUtilization, raw: current };
  const up = ratio > 1;
  const counted = up ? ready + notReady + missing : ready + missing;
  const filled = up ? 0 : 100 * missing;
  const utilization = (readyUtilization * ready + filled) / counted;
  const newRatio = utilization / target;
  if (Math.abs(newRatio - 1) <= HPA.tolerance || newRatio > 1 !== up) return { ...base, utilization, raw: current };
  // The epsilon keeps floating-point noise from turning an exact 8 into 8.0000001 and then 9.
  return { ...base, utilization, raw: Math.ceil(counted * newRatio - 1e-9) };
}

/**
 * Scale-down stabilization: the autoscaler acts on the highest recommendation of the last window,
 * so a brief dip does not remove pods that a returning surge would need. Scale-up is not delayed,
 * but is limited to doubling or +4 pods per period (the default policy, whichever is more).
 */
export function stabilize(
  current: number,
  recommendation: number,
  recent: readonly { time: number; replicas: number }[],
  now: number,
  windowSeconds: number = HPA.scaleDownStabilization.shown,
): number {
  if (recommendation > current) return Math.min(recommendation, Math.max(current * 2, current + 4));
  const inWindow = recent.filter((r) => now - r.time < windowSeconds).map((r) => r.replicas);
  return Math.min(current, Math.max(recommendation, ...inWindow));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

// Every sync period the Horizontal Pod Autoscaler reads CPU metrics and sets the Deployment's
// replicas within the manifest's minReplicas and maxReplicas, towards its averageUtilization.
// Simplifications: the metric is this second's traffic (no metrics-server lag); the pods of every
// version count (its selector matches the Deployment's pods, not one ReplicaSet's); and while two
// templates with different CPU requests run side by side, it averages each pod's percentage where
// the real one divides their total usage by their total requests.
export function autoscale(state: ClusterState, now: number): Step {
  const { autoscaler, deployment } = state;
  const { minReplicas, maxReplicas, targetUtilization } = specOf(state);
  if (now - autoscaler.lastSyncAt < HPA.sync.shown) return { state, notes: [] };
  const pods = state.pods.filter(isActive);
  const withMetrics = pods.filter((pod) => pod.ready && nodeOf(state, pod)?.up === true);
  const missing = pods.filter((pod) => pod.ready && nodeOf(state, pod)?.up !== true).length;
  const notReady = pods.length - withMetrics.length - missing;
  const current = deployment.replicas;
  // The Service splits the load evenly over its endpoints, the pods without metrics included.
  const perPod = state.load / Math.max(1, withMetrics.length + missing);
  const read = readReplicas(
    withMetrics.map((pod) => podUtilization(perPod, cpuRequestOf(state, pod.version))),
    notReady,
    missing,
    current,
    targetUtilization,
  );
  // No metrics at all (nothing ready): the real HPA skips the cycle too.
  if (read === null) return { state: { ...state, autoscaler: { ...autoscaler, lastSyncAt: now } }, notes: [] };

  const recommendation = clamp(read.raw, minReplicas, maxReplicas);
  const next = clamp(stabilize(current, recommendation, autoscaler.recommendations, now), minReplicas, maxReplicas);
  const recommendations = [...autoscaler.recommendations, { time: now, replicas: recommendation }].filter(
    (r) => now - r.time < HPA.scaleDownStabilization.shown,
  );
  const edited = state.spec ? { target: targetUtilization, min: minReplicas, max: maxReplicas } : {};
  const reading: AutoscalerReading = { ...read, replicas: next, ...edited };

  const notes: Note[] = [];
  let { waitingReported, atMaxReported, settling } = autoscaler;
  if (next !== current) {
    const limit = next === read.raw ? 'none' : next === maxReplicas ? 'max' : next === minReplicas ? 'min' : 'rate';
    notes.push({ kind: 'scaled', from: current, to: next, reading, limit });
    waitingReported = false;
    settling = true;
    if (limit === 'max') atMaxReported = true;
  } else if (recommendation < current && !waitingReported) {
    notes.push({ kind: 'scale-down-waiting', reading, current });
    waitingReported = true;
  } else if (read.raw > maxReplicas && current === maxReplicas && !atMaxReported) {
    notes.push({ kind: 'at-max', reading });
    atMaxReported = true;
  } else if (settling && read.notReady === 0 && read.missing === 0 && recommendation === current) {
    notes.push({ kind: 'scale-settled', reading });
    settling = false;
  }
  if (read.raw <= maxReplicas) atMaxReported = false;
  return {
    state: {
      ...state,
      autoscaler: { lastSyncAt: now, recommendations, waitingReported, atMaxReported, settling, reading },
      deployment: { ...deployment, replicas: next },
    },
    notes,
  };
}
