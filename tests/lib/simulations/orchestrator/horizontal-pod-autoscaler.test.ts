import { describe, expect, it } from 'vitest';
import { HPA } from '@/lib/simulations/orchestrator/config';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { autoscale, averageUtilization, desiredReplicas, stabilize } from '@/lib/simulations/orchestrator/horizontal-pod-autoscaler';
import { run, transition } from '@/lib/simulations/orchestrator/transition';

describe('desiredReplicas', () => {
  it('follows ceil(current × utilization / target): 3 pods at 90% with a 60% target → 5', () => {
    expect(desiredReplicas(3, 90, 60)).toBe(5);
  });
  it('scales down by the same formula: 10 pods at 24% → 4', () => {
    expect(desiredReplicas(10, 24, 60)).toBe(4);
  });
  it('does nothing within the 10% tolerance', () => {
    expect(desiredReplicas(4, 65, 60)).toBe(4);
    expect(desiredReplicas(4, 55, 60)).toBe(4);
    expect(desiredReplicas(4, 67, 60)).toBe(5);
  });
});

describe('averageUtilization', () => {
  it('is percent of the CPU request, capped at the limit', () => {
    expect(averageUtilization(60, 2)).toBe(60);
    expect(averageUtilization(240, 7)).toBeCloseTo(68.57, 2);
    expect(averageUtilization(1000, 2)).toBe(200);
    expect(averageUtilization(100, 0)).toBeNull();
  });
});

describe('stabilize', () => {
  it('scales up at once, but at most to double or +4', () => {
    expect(stabilize(2, 3, [], 0)).toBe(3);
    expect(stabilize(2, 9, [], 0)).toBe(6);
    expect(stabilize(6, 20, [], 0)).toBe(12);
  });
  it('scales down only to the highest recommendation within the window', () => {
    const recent = [
      { time: 0, replicas: 8 },
      { time: 10, replicas: 5 },
    ];
    expect(stabilize(8, 3, recent, 20, 30)).toBe(8);
    expect(stabilize(8, 3, recent, 31, 30)).toBe(5);
    expect(stabilize(8, 3, recent, 41, 30)).toBe(3);
  });
});

describe('autoscale controller', () => {
  it('only acts every sync period', () => {
    const state = { ...createCluster({ seed: 1, replicas: 2, load: 300 }), autoscaler: { lastSyncAt: 0, recommendations: [], waitingReported: false, lastUtilization: null } };
    expect(autoscale(state, HPA.syncSeconds - 1).state.deployment.replicas).toBe(2);
    expect(autoscale(state, HPA.syncSeconds).state.deployment.replicas).toBe(6);
  });

  it('raises replicas after a surge and lowers them only after the stabilization window', () => {
    let state = createCluster({ seed: 1, replicas: 2, load: 60 });
    state = transition(state, { type: 'set-load', rps: 240 }, 1);
    state = run(state, [], 20);
    // 240 rps at 60% of 50 rps per pod → 8 pods.
    expect(state.deployment.replicas).toBe(8);
    state = transition(state, { type: 'set-load', rps: 60 }, 21);
    // The window counts from the last high recommendation, made at most one sync before the drop.
    state = run(state, [], 21 + HPA.scaleDownStabilizationSeconds - HPA.syncSeconds - 1);
    expect(state.deployment.replicas).toBe(8);
    state = run(state, [], 21 + HPA.scaleDownStabilizationSeconds + HPA.syncSeconds + 1);
    expect(state.deployment.replicas).toBe(2);
  });

  it('stays within min and max', () => {
    let state = createCluster({ seed: 1, replicas: 2, load: 0 });
    state = run(state, [{ at: 1, event: { type: 'set-load', rps: 800 } }], 30);
    expect(state.deployment.replicas).toBe(HPA.maxReplicas);
    state = run(state, [{ at: 31, event: { type: 'set-load', rps: 0 } }], 120);
    expect(state.deployment.replicas).toBe(HPA.minReplicas);
  });
});
