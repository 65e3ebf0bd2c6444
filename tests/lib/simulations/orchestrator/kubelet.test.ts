import { describe, expect, it } from 'vitest';
import { BACKOFF, CONTAINER_CREATING_SECONDS, READINESS_SECONDS } from '@/lib/simulations/orchestrator/config';
import { advancePod, backoffSeconds, crashContainer } from '@/lib/simulations/orchestrator/kubelet';
import { newPod } from '@/lib/simulations/orchestrator/replicaset-reconcile';
import type { Pod } from '@/lib/simulations/orchestrator/types';

const rs = { name: 'web-6d9f7', version: 'v1' as const, replicas: 1 };

function life(pod: Pod, from: number, to: number): Pod[] {
  const states: Pod[] = [];
  let current: Pod | null = pod;
  for (let t = from; t <= to && current; t += 1) {
    current = advancePod(current, t);
    if (current) states.push(current);
  }
  return states;
}

describe('kubelet', () => {
  it('takes a bound pod Pending → ContainerCreating → Running, and ready only after the probe', () => {
    const pod = { ...newPod('web-6d9f7-abcde', rs, 0), node: 'node-1' as const };
    const states = life(pod, 1, 10);
    const statuses = states.map((p) => p.status);
    expect(statuses[0]).toBe('ContainerCreating');
    const firstRunning = statuses.indexOf('Running');
    expect(firstRunning).toBe(CONTAINER_CREATING_SECONDS);
    expect(states[firstRunning]!.ready).toBe(false);
    expect(states[firstRunning + READINESS_SECONDS]!.ready).toBe(true);
  });

  it('leaves an unbound pod Pending', () => {
    const pod = newPod('web-6d9f7-abcde', rs, 0);
    expect(advancePod(pod, 5)).toBe(pod);
  });

  it('never readies a broken v3 pod', () => {
    const pod = { ...newPod('web-f7b2d-abcde', { ...rs, version: 'v3' }, 0), node: 'node-1' as const };
    expect(life(pod, 1, 60).every((p) => !p.ready)).toBe(true);
  });

  it('restarts a first exit at once, then after a back-off, showing CrashLoopBackOff when it repeats', () => {
    const running: Pod = { ...newPod('p', rs, 0), node: 'node-1', status: 'Running', ready: true };
    const first = crashContainer(running, 10);
    expect(first).toMatchObject({ status: 'Error', ready: false, restartAt: 11 });
    const restarted = advancePod(first, first.restartAt)!;
    expect(restarted).toMatchObject({ status: 'Running', restarts: 1, ready: false });
    const second = crashContainer(restarted, first.restartAt + 1);
    expect(second.status).toBe('CrashLoopBackOff');
    expect(second.restartAt - (first.restartAt + 1)).toBe(BACKOFF.initial.shown);
  });

  it('doubles the back-off from its initial value up to its cap, both in the real defaults’ proportion', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(backoffSeconds)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(BACKOFF.initial.real).toBe(10);
    expect(BACKOFF.max.real).toBe(300);
    expect(BACKOFF.max.shown / BACKOFF.initial.shown).toBe(BACKOFF.max.real / BACKOFF.initial.real);
  });

  it('forgets the crash streak after running well', () => {
    const pod: Pod = { ...newPod('p', rs, 0), node: 'node-1', status: 'Running', ready: true, crashStreak: 3, since: 0 };
    expect(advancePod(pod, BACKOFF.resetAfter.shown)!.crashStreak).toBe(0);
  });

  it('removes a terminating pod after its grace period', () => {
    const pod: Pod = { ...newPod('p', rs, 0), node: 'node-1', status: 'Terminating', since: 0 };
    expect(advancePod(pod, 1)).not.toBeNull();
    expect(advancePod(pod, 2)).toBeNull();
  });
});
