import type { Pod } from '@/lib/simulations/orchestrator';

/** kubectl's AGE column: 45s, 3m20s. */
export function formatAge(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 120) return `${s}s`;
  return `${Math.floor(s / 60)}m${s % 60}s`;
}

export function readyColumn(pod: Pod): string {
  return pod.ready ? '1/1' : '0/1';
}

export function formatTime(seconds: number): string {
  return `${seconds}초`;
}
