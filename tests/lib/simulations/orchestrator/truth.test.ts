import { describe, expect, it } from 'vitest';
import { replay, replayFinal } from '@/lib/simulations/kernel';
import { recordLine, TIME_NOTE, TIME_SCALE } from '@/lib/simulations/orchestrator/narrate';
import { ORCHESTRATOR } from '@/lib/simulations/orchestrator/simulation';
import type { ClusterState } from '@/lib/simulations/orchestrator/types';

// Issue 15, "The orchestrator says things that are not true": each repro link from the issue,
// replayed as the widget replays it, then played on (재생) where the issue says so.
function open(id: keyof typeof ORCHESTRATOR, payload: string, playOnTo?: number): ClusterState {
  const sim = ORCHESTRATOR[id];
  const scene = sim.codec!.decode(payload);
  if (!scene) throw new Error(`the ${id} codec refused ${payload}`);
  return replayFinal(sim, scene.entries, { until: playOnTo ?? scene.at });
}

describe('what the orchestrator says is true', () => {
  it('a healthy version that has no room is Pending for lack of CPU, not failing its probe (?scene=orchestrator-sandbox.1.22_0l300_9f2_15d2, then 재생)', () => {
    const state = open('sandbox', '22_0l300_9f2_15d2', 60);
    const stall = state.log.find((e) => e.note.kind === 'rollout-stalled');
    expect(stall?.note).toMatchObject({ kind: 'rollout-stalled', version: 'v2', reason: 'unschedulable' });
    const said = state.log.map((e) => e.note).filter((n) => n.kind === 'rollout-stalled');
    const sim = ORCHESTRATOR.sandbox;
    const text = replay(sim, sim.codec!.decode('22_0l300_9f2_15d2')!.entries, { until: 60 })
      .map((s) => sim.narrate(s))
      .filter((t) => t.includes('롤아웃이 멈췄습니다'));
    expect(said).toHaveLength(1);
    expect(text.at(-1)).toContain('놓을 노드가 없어 Pending입니다(노드 2개는 CPU가 모자라고, 노드 1개는 응답하지 않습니다)');
    // The scheduler's own words, as kubectl describe pod shows them, are in the record.
    expect(state.log.map((e) => recordLine(e)).join(' ')).toContain(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient cpu.',
    );
    expect(text.at(-1)).not.toMatch(/헬스 체크|준비성 프로브|롤백해 보세요/);
  });

  it('a broken version stalls because its readiness probe fails, and says so', () => {
    const state = open('rollout', '44_2d2_30d3');
    expect(ORCHESTRATOR.rollout.narrate(state)).toMatch(/myteam\/myapp:1\.2 파드가 준비성 프로브를 통과하지 못해/);
  });

  it('rolling back from a healthy v2 does not speak of unready v2 pods (?scene=orchestrator-rollout.1.40_2d2_40b)', () => {
    const said = ORCHESTRATOR.rollout.narrate(open('rollout', '40_2d2_40b'));
    expect(said).not.toContain('준비되지 못한');
    expect(said).toContain('myteam/myapp:1.1 파드는 모두 정상이므로');
  });

  it('the clean-up promised on rolling back from v3 happens on the next pass', () => {
    const promised = open('rollout', '46_2d2_30d3_46b');
    expect(ORCHESTRATOR.rollout.narrate(promised)).toContain(
      '준비되지 못한 myteam/myapp:1.2 파드 1개는 요청을 받지 않으므로 바로 정리합니다',
    );
    const next = open('rollout', '46_2d2_30d3_46b', 47);
    expect(next.pods.filter((p) => p.version === 'v3').every((p) => p.status === 'Terminating')).toBe(true);
  });

  it('says before a second rollback that it re-deploys the broken version', () => {
    expect(ORCHESTRATOR.rollout.narrate(open('rollout', '46_2d2_30d3_46b'))).toContain(
      '한 번 더 롤백하면 myteam/myapp:1.2로 돌아갑니다',
    );
    const again = open('rollout', '50_2d2_30d3_46b_48b');
    expect(again.deployment.version).toBe('v3');
  });

  it('gives both CPU figures and why they differ while new pods start', () => {
    const state = open('scaling', '6_1l400');
    const reading = state.autoscaler.reading!;
    expect(Math.round(reading.readyUtilization)).toBe(200);
    expect(reading.notReady).toBeGreaterThan(0);
    expect(reading.utilization).toBeLessThan(reading.readyUtilization);
    const scaled = state.log.map((e) => e.note).find((n) => n.kind === 'scaled');
    expect(scaled).toBeDefined();
  });

  it('says time is compressed, naming the real defaults', () => {
    expect(TIME_NOTE).toBe('시간은 줄여서 보여 줍니다. 실제 클러스터에서 5분 걸리는 일이 여기서는 30초입니다.');
    expect(TIME_SCALE).toEqual(
      expect.arrayContaining([
        '축소 안정화 기간: 실제 5분, 여기 30초',
        '노드 NotReady 판정: 실제 50초, 여기 5초',
        '그 뒤 파드 축출: 실제 5분, 여기 30초',
        '재시작 대기: 실제 10초부터 최대 5분, 여기 2초부터 최대 1분',
      ]),
    );
    for (const sim of Object.values(ORCHESTRATOR)) expect(sim.clock?.note).toBe(TIME_NOTE);
    const waiting = ORCHESTRATOR.scaling.narrate(open('scaling', '30_1l400_20l100'));
    expect(waiting).toMatch(/실제 기본값 5분, 여기서는 30초/);
  });

  it('narrates the scheduler’s real rule, not "the node with fewest pods"', () => {
    const state = open('healing', `3_1x${ORCHESTRATOR.healing.initial().pods[0]!.name}`);
    const lines = state.log.map((e) => e.note.kind);
    expect(lines).toContain('scheduled');
    const all = Object.values(ORCHESTRATOR).flatMap((sim) => sim.transcript());
    expect(all.join(' ')).not.toContain('파드가 가장 적은');
    expect(all.join(' ')).toContain('CPU와 메모리 여유가 가장 많은');
  });
});
