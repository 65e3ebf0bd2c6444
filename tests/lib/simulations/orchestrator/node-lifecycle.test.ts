import { describe, expect, it } from 'vitest';
import { replay, replayFinal } from '@/lib/simulations/kernel';
import { EVICTION_TOLERATION, NODE_MONITOR_GRACE } from '@/lib/simulations/orchestrator/config';
import { isServing } from '@/lib/simulations/orchestrator/pod-queries';
import { ORCHESTRATOR } from '@/lib/simulations/orchestrator/simulation';
import type { ClusterEvent } from '@/lib/simulations/orchestrator/types';

const healing = ORCHESTRATOR.healing;
const sandbox = ORCHESTRATOR.sandbox;
const at = (time: number, event: ClusterEvent) => ({ at: time, event });

describe('node failure', () => {
  it('uses the real defaults, compressed: NotReady after 50 s, eviction 300 s later', () => {
    expect(NODE_MONITOR_GRACE.real).toBe(50);
    expect(EVICTION_TOLERATION.real).toBe(300);
  });

  it('is noticed only after the grace period, and the pods are evicted only after the toleration', () => {
    const start = healing.initial();
    const lost = start.pods.find((p) => p.node === 'node-2')!;
    const states = replay(healing, [at(1, { type: 'fail-node', node: 'node-2' })], { until: 60 });
    const when = (test: (s: (typeof states)[number]) => boolean) => states.find(test)?.time;
    // Until the controller notices, the API still says Ready and the Service still sends requests there.
    const noticed = when((s) => s.nodes.find((n) => n.name === 'node-2')!.condition === 'NotReady');
    expect(noticed).toBe(1 + NODE_MONITOR_GRACE.shown);
    expect(states.find((s) => s.time === 2)!.traffic.failed).toBeGreaterThan(0);
    const evicted = when((s) => s.pods.find((p) => p.name === lost.name)?.status === 'Terminating');
    expect(evicted).toBe(noticed! + EVICTION_TOLERATION.shown);
    const end = states.at(-1)!;
    // The evicted pod stays Terminating on the silent node; its replacement serves elsewhere.
    expect(end.pods.find((p) => p.name === lost.name)!.status).toBe('Terminating');
    expect(end.pods.filter((p) => isServing(p, end))).toHaveLength(3);
    expect(end.pods.filter((p) => isServing(p, end)).every((p) => p.node !== 'node-2')).toBe(true);
    // After NotReady nothing fails any more.
    expect(states.filter((s) => s.time > noticed!).every((s) => s.traffic.failed === 0)).toBe(true);
  });

  it('with every node off, says there is nowhere to go rather than promising other nodes', () => {
    const off = ['node-1', 'node-2', 'node-3'] as const;
    const state = replayFinal(
      sandbox,
      off.map((node, i) => at(i, { type: 'fail-node', node })),
      { until: 2 },
    );
    const said = sandbox.narrate(state);
    expect(said).toContain('켜져 있는 노드가 하나도 남지 않았습니다');
    expect(said).not.toContain('다른 노드에 새 파드를 만듭니다');
    const later = replayFinal(
      sandbox,
      off.map((node, i) => at(i, { type: 'fail-node', node })),
      { until: 45 },
    );
    expect(later.pods.filter((p) => p.node === null && p.status === 'Pending').length).toBeGreaterThan(0);
    expect(later.log.map((e) => e.note.kind)).toContain('unschedulable');
  });

  it('lets new pods land on a recovered node again, and restarts the containers it kept', () => {
    const state = replayFinal(
      sandbox,
      [
        at(1, { type: 'fail-node', node: 'node-3' }),
        at(2, { type: 'recover-node', node: 'node-3' }),
        at(3, { type: 'set-load', rps: 300 }),
      ],
      { until: 20 },
    );
    expect(state.pods.some((p) => p.node === 'node-3' && p.ready)).toBe(true);
    expect(state.traffic.failed).toBe(0);
  });

  it('restarts a crashed container in place rather than replacing the pod', () => {
    const victim = healing.initial().pods[0]!;
    const state = replayFinal(healing, [at(1, { type: 'crash-pod', pod: victim.name })], { until: 10 });
    const again = state.pods.find((p) => p.name === victim.name)!;
    expect(again).toMatchObject({ restarts: 1, ready: true, node: victim.node });
    expect(state.pods).toHaveLength(3);
    expect(state.traffic.totalFailed).toBe(0);
  });

  it('replaces a deleted pod with a new one under a new name', () => {
    const victim = healing.initial().pods[0]!;
    const state = replayFinal(healing, [at(1, { type: 'delete-pod', pod: victim.name })], { until: 10 });
    expect(state.pods.some((p) => p.name === victim.name)).toBe(false);
    expect(state.pods.filter((p) => isServing(p, state))).toHaveLength(3);
    expect(state.log.map((e) => e.note.kind)).toEqual(expect.arrayContaining(['pod-deleted', 'created', 'scheduled']));
  });
});
