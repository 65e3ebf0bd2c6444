import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_NAMES, isActive, type ClusterState } from '@/lib/simulations/orchestrator';
import { KUBERNETES_WORLD } from '@/lib/terminal/kubectl';

// Any command line, however odd, gets an answer and never throws; a failed command changes
// nothing; commands that only read send no events; and the cluster stays a cluster.
const simulation = KUBERNETES_WORLD.simulation;
const kubectl = KUBERNETES_WORLD.programs[0]!;
const READ_ONLY = new Set(['get', 'describe', 'logs', 'top', 'explain', 'config', 'version', 'create']);
// port-forward opens a local port (the terminal's own plumbing, for curl): that is all it may send.
const PLUMBING = new Set(['port-forward']);

const vocabulary = [
  'get',
  'describe',
  'delete',
  'scale',
  'set',
  'image',
  'rollout',
  'status',
  'history',
  'undo',
  'cordon',
  'uncordon',
  'drain',
  'apply',
  'logs',
  'top',
  'port-forward',
  'explain',
  'config',
  'current-context',
  'version',
  'create',
  'secret',
  'generic',
  'pods',
  'pod',
  'po',
  'deploy',
  'deployment/web',
  'deployment',
  'web',
  'rs',
  'svc',
  'service/web',
  'nodes',
  'node-1',
  'node-2',
  'node-3',
  'hpa',
  'events',
  'all',
  '-o',
  'wide',
  'yaml',
  'name',
  '-w',
  '-l',
  'app=web',
  '-n',
  'default',
  'kube-system',
  '--replicas=3',
  '--replicas',
  '12',
  '0',
  '-1',
  'web=myteam/myapp:1.1',
  'web=myteam/myapp:1.2',
  '*=myteam/myapp:1.0',
  'web=nginx',
  '-f',
  'deployment.yaml',
  'hpa.yaml',
  '.',
  '--previous',
  '-p',
  '--to-revision=1',
  '--sort-by=.metadata.creationTimestamp',
  '8080:80',
  '--',
  '=',
  '-',
  '--=x',
  '-z',
  '--ignore-daemonsets',
  'pod/',
  '/',
  ',',
  'pods,deploy',
  'deployment.spec.replicas',
];

const word = fc.oneof(
  { arbitrary: fc.constantFrom(...vocabulary), weight: 8 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);
const podWord = (state: ClusterState, index: number) => state.pods[index % Math.max(1, state.pods.length)]?.name ?? 'web';
const step = fc.record({
  argv: fc.array(fc.oneof({ arbitrary: word, weight: 6 }, { arbitrary: fc.nat(20).map((n) => ({ pod: n })), weight: 1 }), {
    maxLength: 7,
  }),
  wait: fc.nat(6),
});

function checkCluster(state: ClusterState) {
  const names = state.pods.map((pod) => pod.name);
  expect(new Set(names).size).toBe(names.length);
  for (const pod of state.pods) if (pod.node !== null) expect(NODE_NAMES).toContain(pod.node);
  expect(state.deployment.replicas).toBeGreaterThanOrEqual(1);
  expect(state.deployment.replicas).toBeLessThanOrEqual(20);
  expect(state.pods.filter(isActive).length).toBeLessThanOrEqual(40);
}

describe('random kubectl command lines', () => {
  it('never throw, keep invariants, and change nothing when they fail or only read', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        let state = simulation.initial();
        let now = 0;
        for (const { argv: raw, wait } of steps) {
          const argv = raw.map((w) => (typeof w === 'string' ? w : podWord(state, w.pod)));
          const result = kubectl.run(state, argv, { now, cwd: KUBERNETES_WORLD.shell.cwd, env: {} });
          expect(result.output.every((line) => !line.text.includes('\n'))).toBe(true);
          // A failure changes nothing, unless part of it succeeded (`delete pod a b` with a missing).
          if (result.exitCode !== 0 && !result.output.some((l) => l.stream === 'stdout')) expect(result.events).toEqual([]);
          if (READ_ONLY.has(argv[0] ?? '')) expect(result.events).toEqual([]);
          if (PLUMBING.has(argv[0] ?? '')) expect(result.events.every((e) => e.type === 'forward-port')).toBe(true);
          if (result.exitCode !== 0) expect(result.output.filter((l) => l.stream === 'hint').length).toBeGreaterThanOrEqual(1);
          for (const event of result.events) state = simulation.transition(state, event, now);
          for (let i = 0; i < wait; i += 1) {
            const before = state;
            now += 1;
            state = simulation.transition(state, { type: 'tick' }, now);
            result.follow?.(before, state, now);
          }
          checkCluster(state);
          expect(kubectl.complete(state, argv)).toBeInstanceOf(Array);
        }
      }),
      { numRuns: 300 },
    );
  });
});
