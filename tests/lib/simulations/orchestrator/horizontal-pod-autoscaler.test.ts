import { describe, expect, it } from 'vitest';
import { replayFinal } from '@/lib/simulations/kernel';
import { HPA } from '@/lib/simulations/orchestrator/config';
import { readReplicas, stabilize } from '@/lib/simulations/orchestrator/horizontal-pod-autoscaler';
import { ORCHESTRATOR } from '@/lib/simulations/orchestrator/simulation';

describe('Horizontal Pod Autoscaler', () => {
  it('uses the site-wide configuration: 2 to 10 pods at 70 % CPU', () => {
    expect(HPA).toMatchObject({ minReplicas: 2, maxReplicas: 10, targetUtilization: 70 });
  });

  it('computes ⌈pods × utilization ÷ target⌉ over the ready pods', () => {
    expect(readReplicas([140, 140], 0, 0, 2)).toMatchObject({ raw: 4, utilization: 140 });
    expect(readReplicas([35, 35, 35, 35], 0, 0, 4)).toMatchObject({ raw: 2 });
  });

  it('does nothing within the 10 % tolerance', () => {
    expect(readReplicas([75, 75], 0, 0, 2)!.raw).toBe(2);
  });

  it('counts pods not ready yet as 0 % when scaling up (the conservative rule)', () => {
    // 2 ready pods at 200 %, 3 starting: (2 × 200 + 3 × 0) ÷ 5 = 80 %, ⌈5 × 80 ÷ 70⌉ = 6.
    expect(readReplicas([200, 200], 3, 0, 5)).toMatchObject({ readyUtilization: 200, utilization: 80, raw: 6 });
  });

  it('skips the change when filling in the missing pods reverses the direction', () => {
    // 1 ready pod at 100 % would scale up; with 2 starting pods at 0 % the average is 33 %: no change.
    expect(readReplicas([100], 2, 0, 3)!.raw).toBe(3);
  });

  it('counts pods without metrics as 100 % when scaling down', () => {
    // 2 ready at 20 %, 1 on a silent node: (40 + 100) ÷ 3 = 46.7 %, ⌈3 × 46.7 ÷ 70⌉ = 2.
    expect(readReplicas([20, 20], 0, 1, 3)).toMatchObject({ raw: 2 });
    expect(readReplicas([20, 20], 0, 1, 3)!.utilization).toBeCloseTo(140 / 3);
  });

  it('waits out the stabilization window before scaling down, but scales up at once', () => {
    const recent = [{ time: 10, replicas: 8 }];
    expect(stabilize(8, 3, recent, 20)).toBe(8);
    expect(stabilize(8, 3, recent, 10 + HPA.scaleDownStabilization.shown)).toBe(3);
    expect(stabilize(2, 9, [], 0)).toBe(6);
  });

  it('at 800 requests per second stops at 10 pods and says why', () => {
    const sim = ORCHESTRATOR.scaling;
    const state = replayFinal(sim, [{ at: 1, event: { type: 'set-load', rps: 800 } }], { until: 40 });
    expect(state.deployment.replicas).toBe(HPA.maxReplicas);
    expect(state.log.map((e) => e.note.kind)).toContain('scale-settled');
    expect(sim.narrate(state)).toMatch(/maxReplicas가 10개라 더 늘리지 않습니다/);
  });
});
