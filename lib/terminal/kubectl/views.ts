import {
  isActive,
  revisionsOf,
  averageUtilization,
  cpuRequestOf,
  specOf,
  type ClusterNode,
  type ClusterState,
  type Pod,
  type ReplicaSet,
  type VersionId,
} from '@/lib/simulations/orchestrator';
import { humanDuration } from './duration';
import { APPLIED_AT } from './world-facts';

// The numbers kubectl prints, read from the simulation's state: the Deployment and ReplicaSet
// status fields, a pod's READY/STATUS/RESTARTS columns, the HPA's current reading.

export function age(now: number, since: number): string {
  return humanDuration(now - since);
}

export function podReady(pod: Pod): string {
  return pod.ready ? '1/1' : '0/1';
}

/** RESTARTS: "0", or "4 (30s ago)" once the container has exited before. */
export function podRestarts(pod: Pod, now: number): string {
  if (pod.restarts === 0 && pod.lastTerminatedAt === undefined) return '0';
  return pod.lastTerminatedAt === undefined ? String(pod.restarts) : `${pod.restarts} (${age(now, pod.lastTerminatedAt)} ago)`;
}

export interface DeploymentStatus {
  replicas: number;
  updated: number;
  ready: number;
  available: number;
  desired: number;
}

export function deploymentStatus(state: ClusterState): DeploymentStatus {
  const active = state.pods.filter(isActive);
  const ready = active.filter((pod) => pod.ready).length;
  return {
    desired: state.deployment.replicas,
    replicas: active.length,
    updated: active.filter((pod) => pod.version === state.deployment.version).length,
    ready,
    available: ready,
  };
}

export function replicaSetStatus(state: ClusterState, rs: ReplicaSet) {
  const owned = state.pods.filter((pod) => pod.version === rs.version && isActive(pod));
  return { desired: rs.replicas, current: owned.length, ready: owned.filter((pod) => pod.ready).length };
}

export function replicaSetCreated(state: ClusterState, rs: ReplicaSet): number {
  if (rs.createdAt !== undefined) return rs.createdAt;
  const oldest = Math.min(...state.pods.filter((pod) => pod.version === rs.version).map((pod) => pod.createdAt));
  return Number.isFinite(oldest) ? oldest : APPLIED_AT;
}

export function revisionOf(state: ClusterState, version: VersionId): number | undefined {
  return revisionsOf(state.deployment)[version];
}

/** Versions by revision, oldest first: what `rollout history` lists. */
export function history(state: ClusterState): { revision: number; version: VersionId }[] {
  return Object.entries(revisionsOf(state.deployment))
    .map(([version, revision]) => ({ version: version as VersionId, revision: revision ?? 0 }))
    .sort((a, b) => a.revision - b.revision);
}

export function nodeStatus(node: ClusterNode): string {
  return node.cordoned ? `${node.condition},SchedulingDisabled` : node.condition;
}

/** The HPA's current CPU reading in whole percent (the API truncates), or null before it has one. */
export function hpaUtilization(state: ClusterState): number | null {
  const reading = state.autoscaler.reading;
  if (reading) return Math.floor(reading.readyUtilization);
  const ready = state.pods.filter((pod) => isActive(pod) && pod.ready).length;
  const value = averageUtilization(state.load, ready, cpuRequestOf(state, state.deployment.version));
  return value === null ? null : Math.floor(value);
}

export function hpaTargets(state: ClusterState): string {
  const value = hpaUtilization(state);
  return `cpu: ${value === null ? '<unknown>' : `${value}%`}/${specOf(state).targetUtilization}%`;
}
