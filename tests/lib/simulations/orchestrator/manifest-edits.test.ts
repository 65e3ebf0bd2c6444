import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '@/lib/manifests';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { NODE_ALLOCATABLE } from '@/lib/simulations/orchestrator/config';
import { narrateCluster } from '@/lib/simulations/orchestrator/narrate';
import { isActive, isServing } from '@/lib/simulations/orchestrator/pod-queries';
import { templateOf } from '@/lib/simulations/orchestrator/templates';
import { transition } from '@/lib/simulations/orchestrator/transition';
import type { ClusterState, ManifestChange } from '@/lib/simulations/orchestrator/types';
import { MANIFESTS } from '@/lib/terminal/kubectl/manifests';

// Each edit a reader can make to the manifests, applied to a settled cluster: what the controllers
// then do with it, second by second.

const deploymentText = MANIFESTS['deployment.yaml']!.text;
const hpaText = MANIFESTS['hpa.yaml']!.text;

function changeOf(file: 'deployment.yaml' | 'hpa.yaml', text: string): ManifestChange {
  const result = checkManifest(file, text, { defaultText: MANIFESTS[file]!.text });
  if (!result.ok) throw new Error(result.error || result.problems[0]?.hint);
  return result.change;
}

function apply(state: ClusterState, change: ManifestChange): ClusterState {
  return transition(state, { type: 'apply-manifest', change, canonical: JSON.stringify(change), unmodelled: [] }, state.time);
}

/** Runs the clock `seconds`, calling `each` with every state. */
function run(state: ClusterState, seconds: number, each: (s: ClusterState) => void = () => {}): ClusterState {
  let current = state;
  for (let i = 0; i < seconds; i += 1) {
    current = transition(current, { type: 'tick' }, current.time + 1);
    each(current);
  }
  return current;
}

const serving = (s: ClusterState) => s.pods.filter((pod) => isServing(pod, s)).length;
const start = () => createCluster({ seed: 7, replicas: 3, load: 105 });

describe('edits the simulation honours', () => {
  it('replicas: the pods follow at once, then the autoscaler resizes them on its next sync', () => {
    const change = changeOf('deployment.yaml', deploymentText.replace('spec:\n  selector', 'spec:\n  replicas: 6\n  selector'));
    const applied = apply(start(), change);
    expect(applied.deployment.replicas).toBe(6);
    expect(narrateCluster(applied, '')).toMatch(/deployment\.yaml을 적용했습니다: replicas 3 → 6\./);
    const later = run(applied, 2);
    expect(later.pods.filter(isActive)).toHaveLength(6);
  });

  it('an image tag the registry lacks: ErrImagePull, then ImagePullBackOff with a growing wait; old pods keep serving', () => {
    const change = changeOf('deployment.yaml', deploymentText.replace('image: myteam/myapp:1.0', 'image: myteam/myapp:1.3'));
    let state = apply(start(), change);
    const statuses: string[] = [];
    const waits: number[] = [];
    state = run(state, 40, (s) => {
      const fresh = s.pods.find((pod) => templateOf(s, pod.version).image === 'myteam/myapp:1.3');
      if (fresh && statuses.at(-1) !== fresh.status) statuses.push(fresh.status);
      if (fresh?.status === 'ErrImagePull' && !waits.includes(fresh.restartAt - s.time)) waits.push(fresh.restartAt - s.time);
      expect(serving(s)).toBeGreaterThanOrEqual(3);
    });
    expect(statuses.slice(0, 4)).toEqual(['Pending', 'ContainerCreating', 'ErrImagePull', 'ImagePullBackOff']);
    expect(statuses).toContain('ErrImagePull');
    expect(waits.length).toBeGreaterThan(2);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(state.log.some((entry) => entry.note.kind === 'rollout-stalled' && entry.note.reason === 'image-pull')).toBe(true);
    expect(state.pods.filter((pod) => pod.version === 'v1' && isServing(pod, state))).toHaveLength(3);
  });

  it('maxUnavailable: 1 with maxSurge: 0: capacity dips by one during the rollout, and it completes', () => {
    const text = deploymentText
      .replace('image: myteam/myapp:1.0', 'image: myteam/myapp:1.1')
      .replace('maxSurge: 1', 'maxSurge: 0')
      .replace('maxUnavailable: 0', 'maxUnavailable: 1');
    let lowest = Infinity;
    let most = 0;
    const end = run(apply(start(), changeOf('deployment.yaml', text)), 30, (s) => {
      lowest = Math.min(lowest, serving(s));
      most = Math.max(most, s.pods.filter(isActive).length);
    });
    expect(lowest).toBe(2);
    expect(most).toBe(3);
    expect(end.pods.every((pod) => templateOf(end, pod.version).image === 'myteam/myapp:1.1')).toBe(true);
    expect(end.deployment.rolloutStartedAt).toBeNull();
  });

  it('the chapter’s maxUnavailable: 0 never dips below the replicas', () => {
    let lowest = Infinity;
    const text = deploymentText.replace('image: myteam/myapp:1.0', 'image: myteam/myapp:1.1');
    run(apply(start(), changeOf('deployment.yaml', text)), 30, (s) => (lowest = Math.min(lowest, serving(s))));
    expect(lowest).toBe(3);
  });

  it('resources.requests.cpu: a smaller request doubles the utilisation the HPA sees and fits more pods on a node', () => {
    const text = deploymentText.replace('cpu: 500m', 'cpu: 250m');
    const state = run(apply(start(), changeOf('deployment.yaml', text)), 60);
    expect(state.pods.every((pod) => templateOf(state, pod.version).cpu === 250)).toBe(true);
    // 105 rps over 3 pods is 70 % of 500m, so 140 % of 250m: the HPA scales out to ⌈3 × 140 ÷ 70⌉ = 6.
    expect(state.deployment.replicas).toBe(6);
    // One core per pod: two fit on a node, so the autoscaler's 9 pods for 600 rps leave some Pending.
    const big = run(
      apply(
        createCluster({ seed: 7, replicas: 3, load: 600 }),
        changeOf('deployment.yaml', deploymentText.replace('cpu: 500m', 'cpu: 1')),
      ),
      40,
    );
    expect(big.pods.some((pod) => pod.node === null && pod.status === 'Pending')).toBe(true);
    for (const node of big.nodes) {
      const cores = big.pods.filter((pod) => pod.node === node.name && templateOf(big, pod.version).cpu === 1000).length;
      expect(cores).toBeLessThanOrEqual(NODE_ALLOCATABLE.cpu / 1000);
    }
  });

  it('a wrong readinessProbe path: the new pods never become ready, the rollout stalls, the old ones keep serving', () => {
    const text = deploymentText.replace('path: /up', 'path: /healthz');
    const state = run(apply(start(), changeOf('deployment.yaml', text)), 30, (s) => expect(serving(s)).toBeGreaterThanOrEqual(3));
    const fresh = state.pods.filter((pod) => pod.version !== 'v1' && isActive(pod));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((pod) => pod.status === 'Running' && !pod.ready)).toBe(true);
    expect(state.log.some((e) => e.note.kind === 'rollout-stalled' && e.note.reason === 'readiness')).toBe(true);
  });

  it('HPA minReplicas, maxReplicas and averageUtilization move the autoscaler', () => {
    const raised = run(apply(start(), changeOf('hpa.yaml', hpaText.replace('minReplicas: 2', 'minReplicas: 5'))), 5);
    expect(raised.deployment.replicas).toBe(5);
    const capped = run(
      apply(
        createCluster({ seed: 7, replicas: 3, load: 600 }),
        changeOf('hpa.yaml', hpaText.replace('maxReplicas: 10', 'maxReplicas: 4')),
      ),
      10,
    );
    expect(capped.deployment.replicas).toBe(4);
    const lower = run(
      apply(start(), changeOf('hpa.yaml', hpaText.replace('averageUtilization: 70', 'averageUtilization: 35'))),
      5,
    );
    // 70 % against a 35 % target: twice the pods.
    expect(lower.deployment.replicas).toBe(6);
    expect(narrateCluster(lower, '')).toMatch(/목표 35%/);
  });

  it('applying the chapter’s own files changes nothing, and says so', () => {
    const same = apply(start(), changeOf('deployment.yaml', deploymentText));
    expect(same.deployment).toEqual(start().deployment);
    expect(narrateCluster(same, '')).toMatch(/바뀌지 않았습니다/);
  });
});

describe('random edits', () => {
  const lines = deploymentText.split('\n');
  const edit = fc.record({
    line: fc.nat({ max: lines.length - 1 }),
    kind: fc.constantFrom('delete', 'insert', 'replace', 'indent'),
    text: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('replicas: 4', 'cpu: 250m', 'image: x', '  - a', ': :', '\t', 'maxSurge: 50%', 'path: /x'),
    ),
  });

  it('never throw, and a valid result keeps the cluster within its invariants', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), (edits) => {
        const rows = [...lines];
        for (const e of edits) {
          if (e.kind === 'delete') rows.splice(e.line, 1);
          else if (e.kind === 'insert') rows.splice(e.line, 0, e.text);
          else if (e.kind === 'replace') rows[e.line] = e.text;
          else rows[e.line] = ` ${rows[e.line] ?? ''}`;
        }
        const result = checkManifest('deployment.yaml', rows.join('\n'), { defaultText: deploymentText });
        if (!result.ok) {
          expect(result.error !== '' || result.problems.length > 0).toBe(true);
          return;
        }
        const state = run(apply(start(), result.change), 25);
        const active = state.pods.filter(isActive);
        expect(active.length).toBeLessThanOrEqual(state.deployment.replicas + 2);
        for (const node of state.nodes) {
          const cpu = state.pods
            .filter((pod) => pod.node === node.name)
            .reduce((sum, pod) => sum + templateOf(state, pod.version).cpu, 0);
          expect(cpu).toBeLessThanOrEqual(NODE_ALLOCATABLE.cpu);
        }
      }),
      { numRuns: 60 },
    );
  });
});
