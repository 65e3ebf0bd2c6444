import type { ClusterState, LogEntry, Pod } from '@/lib/simulations/orchestrator';

/** kubectl's AGE column: 45s, 3m20s. */
export function formatAge(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 120) return `${s}s`;
  return `${Math.floor(s / 60)}m${s % 60}s`;
}

export function readyColumn(pod: Pod): string {
  return pod.ready ? '1/1' : '0/1';
}

/** Everything said at the latest moment something was said. */
export function latestNarration(log: readonly LogEntry[]): string | null {
  const last = log.at(-1);
  if (!last) return null;
  return log
    .filter((entry) => entry.time === last.time)
    .slice(-3)
    .map((entry) => entry.text)
    .join(' ');
}

/** The lines before the latest moment, in order: context for what the narration just said. */
export function earlierNarration(log: readonly LogEntry[], count = 3): LogEntry[] {
  const last = log.at(-1);
  if (!last) return [];
  return log
    .filter((entry) => entry.time !== last.time)
    .slice(-count);
}

export function formatTime(seconds: number): string {
  return `${seconds}초`;
}

export function podCounts(state: ClusterState) {
  const active = state.pods.filter((p) => p.status !== 'Terminating');
  return { active: active.length, ready: active.filter((p) => p.ready).length };
}
