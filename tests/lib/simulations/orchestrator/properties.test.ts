import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Timed } from '@/lib/simulations/kernel';
import { HPA, LIMIT_RPS, MAX_SURGE, MAX_UNAVAILABLE, NODE_NAMES } from '@/lib/simulations/orchestrator/config';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { narrateCluster } from '@/lib/simulations/orchestrator/narrate';
import { answers, isServing } from '@/lib/simulations/orchestrator/pod-queries';
import { transition } from '@/lib/simulations/orchestrator/transition';
import type { ClusterEvent, ClusterState } from '@/lib/simulations/orchestrator/types';

// A reader's action, or some seconds passing. Pods are picked by index so any run can name one.
type Action =
  | { kind: 'event'; event: ClusterEvent }
  | { kind: 'pod'; type: 'crash-pod' | 'delete-pod'; index: number }
  | { kind: 'wait'; seconds: number };

const node = fc.constantFrom(...NODE_NAMES);
const version = fc.constantFrom('v1' as const, 'v2' as const, 'v3' as const);
const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 12 }).map((seconds) => ({ kind: 'wait' as const, seconds })), weight: 6 },
  {
    arbitrary: fc
      .integer({ min: 0, max: 800 })
      .map((rps) => ({ kind: 'event' as const, event: { type: 'set-load' as const, rps } })),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('pod' as const),
      type: fc.constantFrom('crash-pod' as const, 'delete-pod' as const),
      index: fc.nat(20),
    }),
    weight: 1,
  },
  { arbitrary: node.map((n) => ({ kind: 'event' as const, event: { type: 'fail-node' as const, node: n } })), weight: 1 },
  { arbitrary: node.map((n) => ({ kind: 'event' as const, event: { type: 'recover-node' as const, node: n } })), weight: 1 },
  {
    arbitrary: version.map((v) => ({ kind: 'event' as const, event: { type: 'deploy-version' as const, version: v } })),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'event' as const, event: { type: 'rollback' as const } }), weight: 1 },
);

const start = fc.record({
  seed: fc.nat(),
  replicas: fc.integer({ min: HPA.minReplicas, max: 6 }),
  load: fc.integer({ min: 0, max: 400 }),
});

/** Plays actions as the live widget does, calling `check(before, after, event)` after every change. */
function play(
  initial: ClusterState,
  actions: readonly Action[],
  check: (before: ClusterState, after: ClusterState, event: ClusterEvent) => void,
) {
  let state = initial;
  const entries: Timed<ClusterEvent>[] = [];
  for (const a of actions) {
    if (a.kind === 'wait') {
      for (let i = 0; i < a.seconds; i += 1) {
        const next = transition(state, { type: 'tick' }, state.time + 1);
        check(state, next, { type: 'tick' });
        state = next;
      }
      continue;
    }
    const event: ClusterEvent =
      a.kind === 'pod' ? { type: a.type, pod: state.pods[a.index % Math.max(1, state.pods.length)]?.name ?? 'none' } : a.event;
    const next = transition(state, event, state.time);
    check(state, next, event);
    if (next !== state) entries.push({ at: state.time, event });
    state = next;
  }
  return { state, entries };
}

// Plain checks rather than expect(): they run a few hundred thousand times per test.
function check(ok: boolean, message: string, state: ClusterState) {
  if (!ok)
    throw new Error(
      `${message} at t=${state.time}: ${JSON.stringify(state.pods.map((p) => [p.name, p.node, p.status, p.ready, p.servedRps]))}`,
    );
}

const podName = /web-[0-9a-z]{5}-[0-9a-z]{5}/;

function invariants(before: ClusterState, state: ClusterState, event: ClusterEvent) {
  const { replicas } = state.deployment;
  check(replicas >= HPA.minReplicas && replicas <= HPA.maxReplicas, `replicas ${replicas} outside [min, max]`, state);
  const notReady = new Set(state.nodes.filter((n) => n.condition === 'NotReady').map((n) => n.name));
  for (const pod of state.pods) {
    const onNotReady = pod.node !== null && notReady.has(pod.node);
    check(!onNotReady || (!pod.ready && pod.servedRps === 0), `${pod.name} is ready on NotReady ${pod.node}`, state);
    check(pod.servedRps === 0 || answers(pod, state), `${pod.name} serves requests but cannot answer`, state);
    const was = before.pods.find((p) => p.name === pod.name);
    // Bound only to a node the control plane believed Ready at that moment.
    if (was && was.node === null && pod.node !== null)
      check(before.nodes.find((n) => n.name === pod.node)!.condition === 'Ready', `${pod.name} bound to a NotReady node`, state);
  }
  if (event.type === 'tick') {
    const serving = state.pods.filter((p) => isServing(p, state));
    const blackholed = serving.some((p) => !answers(p, state));
    const withinCapacity = serving.length > 0 && state.load <= serving.length * LIMIT_RPS;
    check(
      !withinCapacity || blackholed || state.traffic.failed === 0,
      `${state.traffic.failed} requests failed within capacity`,
      state,
    );
  }
  // Random pod names never reach the live narration.
  if (state.headline !== before.headline) check(!podName.test(narrateCluster(state, '')), 'a pod name in the narration', state);
  // A rollback that promises to clean up unready pods at once does so on the next pass.
  const rolled = state.headline?.time === state.time ? state.headline.notes.find((n) => n.kind === 'rolled-back') : undefined;
  if (rolled && event.type === 'rollback' && rolled.cleanedAtOnce > 0) {
    const next = transition(state, { type: 'tick' }, state.time + 1);
    const cleaned = next.pods.filter((p) => p.version === rolled.from && p.status === 'Terminating' && !p.ready).length;
    const before = state.pods.filter((p) => p.version === rolled.from && p.status === 'Terminating' && !p.ready).length;
    check(
      cleaned - before >= rolled.cleanedAtOnce,
      `rollback promised ${rolled.cleanedAtOnce} cleaned, got ${cleaned - before}`,
      state,
    );
  }
}

describe('orchestrator properties', () => {
  it('keeps its invariants over random event sequences, never throws, and settles back to the desired state', () => {
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 40 }), (options, actions) => {
        let { state } = play(createCluster(options), actions, invariants);
        // Afterwards: nodes come back, a broken release is rolled back, time passes.
        for (const name of NODE_NAMES) state = transition(state, { type: 'recover-node', node: name }, state.time);
        if (state.deployment.version === 'v3') state = transition(state, { type: 'rollback' }, state.time);
        if (state.deployment.version === 'v3') state = transition(state, { type: 'deploy-version', version: 'v1' }, state.time);
        state = play(state, [{ kind: 'wait', seconds: 200 }], invariants).state;
        const serving = state.pods.filter((p) => isServing(p, state));
        expect(serving).toHaveLength(state.deployment.replicas);
        expect(state.pods.every((p) => p.version === state.deployment.version)).toBe(true);
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it('never drops below replicas − maxUnavailable nor exceeds replicas + maxSurge during rollouts', () => {
    const rolloutAction: fc.Arbitrary<Action> = fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 8 }).map((seconds) => ({ kind: 'wait' as const, seconds })), weight: 4 },
      {
        arbitrary: version.map((v) => ({ kind: 'event' as const, event: { type: 'deploy-version' as const, version: v } })),
        weight: 1,
      },
      { arbitrary: fc.constant({ kind: 'event' as const, event: { type: 'rollback' as const } }), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.nat(),
        fc.integer({ min: 2, max: 6 }),
        fc.array(rolloutAction, { maxLength: 30 }),
        (seed, replicas, actions) => {
          // Load held at the target (35 rps per pod = 70 %) so the autoscaler keeps replicas still.
          const initial = createCluster({ seed, replicas, load: replicas * 35 });
          play(initial, actions, (before, state, event) => {
            invariants(before, state, event);
            const active = state.pods.filter((p) => p.status !== 'Terminating').length;
            check(active <= replicas + MAX_SURGE, `${active} pods exceed replicas + maxSurge`, state);
            const serving = state.pods.filter((p) => isServing(p, state)).length;
            check(serving >= replicas - MAX_UNAVAILABLE, `only ${serving} ready pods`, state);
            check(state.traffic.totalFailed === 0, 'a request failed during a rollout', state);
          });
        },
      ),
      { numRuns: 600 },
    );
  }, 120_000);

  it('announces at most a few outcomes per reader action: machine sub-steps are not narrated', () => {
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 30 }), (options, actions) => {
        let announcements = 0;
        let readerEvents = 0;
        play(createCluster(options), actions, (before, after, event) => {
          if (after.headline === before.headline) return;
          if (event.type === 'tick') announcements += 1;
          else readerEvents += 1;
        });
        // Every machine announcement is an outcome: a scale decision, a node verdict, a rollout end…
        expect(announcements).toBeLessThanOrEqual(4 * (readerEvents + 1));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('replays identically from the same seed and events', () => {
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 30 }), (options, actions) => {
        const a = play(createCluster(options), actions, () => {});
        const b = play(createCluster(options), actions, () => {});
        expect(a.state).toEqual(b.state);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
