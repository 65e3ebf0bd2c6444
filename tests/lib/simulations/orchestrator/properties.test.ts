import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HPA, LIMIT_RPS, MAX_SURGE, MAX_UNAVAILABLE, NODE_NAMES } from '@/lib/simulations/orchestrator/config';
import { createCluster } from '@/lib/simulations/orchestrator/cluster';
import { isServing } from '@/lib/simulations/orchestrator/pod-queries';
import { transition } from '@/lib/simulations/orchestrator/transition';
import type { ClusterEvent, ClusterState } from '@/lib/simulations/orchestrator/types';

// A reader's action, or some seconds passing. Pods are picked by index so any run can name one.
type Action = { kind: 'event'; event: ClusterEvent } | { kind: 'crash'; index: number } | { kind: 'wait'; seconds: number };

const node = fc.constantFrom(...NODE_NAMES);
const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 8 }).map((seconds) => ({ kind: 'wait' as const, seconds })), weight: 5 },
  { arbitrary: fc.integer({ min: 0, max: 800 }).map((rps) => ({ kind: 'event' as const, event: { type: 'set-load' as const, rps } })), weight: 2 },
  { arbitrary: fc.nat(20).map((index) => ({ kind: 'crash' as const, index })), weight: 1 },
  { arbitrary: node.map((n) => ({ kind: 'event' as const, event: { type: 'fail-node' as const, node: n } })), weight: 1 },
  { arbitrary: node.map((n) => ({ kind: 'event' as const, event: { type: 'recover-node' as const, node: n } })), weight: 1 },
  {
    arbitrary: fc.constantFrom('v1' as const, 'v2' as const, 'v3' as const).map((version) => ({
      kind: 'event' as const,
      event: { type: 'deploy-version' as const, version },
    })),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'event' as const, event: { type: 'rollback' as const } }), weight: 1 },
);

const start = fc.record({ seed: fc.nat(), replicas: fc.integer({ min: HPA.minReplicas, max: 6 }), load: fc.integer({ min: 0, max: 400 }) });

/** Plays actions, calling `check` after every state change. */
function play(initial: ClusterState, actions: readonly Action[], check: (s: ClusterState, ticked: boolean) => void): ClusterState {
  let state = initial;
  for (const a of actions) {
    if (a.kind === 'wait') {
      for (let i = 0; i < a.seconds; i += 1) {
        state = transition(state, { type: 'tick' }, state.time + 1);
        check(state, true);
      }
      continue;
    }
    const event: ClusterEvent =
      a.kind === 'crash' ? { type: 'crash-pod', pod: state.pods[a.index % Math.max(1, state.pods.length)]?.name ?? 'none' } : a.event;
    state = transition(state, event, state.time);
    check(state, false);
  }
  return state;
}

// Plain checks rather than expect(): they run a few hundred thousand times per test.
function check(ok: boolean, message: string, state: ClusterState) {
  if (!ok) throw new Error(`${message} at t=${state.time}: ${JSON.stringify(state.pods.map((p) => [p.name, p.node, p.status, p.ready, p.servedRps]))}`);
}

function invariants(state: ClusterState, ticked: boolean) {
  const { replicas } = state.deployment;
  check(replicas >= HPA.minReplicas && replicas <= HPA.maxReplicas, `replicas ${replicas} outside [min, max]`, state);
  const failed = new Set(state.nodes.filter((n) => !n.ready).map((n) => n.name));
  for (const pod of state.pods) {
    const onFailedNode = pod.node !== null && failed.has(pod.node);
    check(!onFailedNode || pod.status === 'Terminating', `${pod.name} runs on failed ${pod.node}`, state);
    check(pod.servedRps === 0 || isServing(pod, state), `${pod.name} gets requests but is not ready`, state);
  }
  if (ticked) {
    const serving = state.pods.filter((p) => isServing(p, state)).length;
    const withinCapacity = serving > 0 && state.load <= serving * LIMIT_RPS;
    check(!withinCapacity || state.traffic.failed === 0, `${state.traffic.failed} requests failed within capacity`, state);
  }
}

describe('orchestrator properties', () => {
  it('keeps its invariants over random event sequences, and settles back to the desired state', () => {
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 40 }), (options, actions) => {
        let state = play(createCluster(options), actions, invariants);
        // Afterwards: nodes come back, a broken release is rolled back, time passes.
        for (const name of NODE_NAMES) state = transition(state, { type: 'recover-node', node: name }, state.time);
        if (state.deployment.version === 'v3') state = transition(state, { type: 'rollback' }, state.time);
        if (state.deployment.version === 'v3') state = transition(state, { type: 'deploy-version', version: 'v1' }, state.time);
        state = play(state, [{ kind: 'wait', seconds: 150 }], invariants);
        const serving = state.pods.filter((p) => isServing(p, state));
        expect(serving).toHaveLength(state.deployment.replicas);
        expect(state.pods.every((p) => p.version === state.deployment.version)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('never drops below replicas − maxUnavailable nor exceeds replicas + maxSurge during rollouts', () => {
    const rolloutAction: fc.Arbitrary<Action> = fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 8 }).map((seconds) => ({ kind: 'wait' as const, seconds })), weight: 4 },
      {
        arbitrary: fc.constantFrom('v1' as const, 'v2' as const, 'v3' as const).map((version) => ({
          kind: 'event' as const,
          event: { type: 'deploy-version' as const, version },
        })),
        weight: 1,
      },
      { arbitrary: fc.constant({ kind: 'event' as const, event: { type: 'rollback' as const } }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 2, max: 6 }), fc.array(rolloutAction, { maxLength: 30 }), (seed, replicas, actions) => {
        // Load held at the target so the autoscaler keeps replicas still.
        const initial = createCluster({ seed, replicas, load: replicas * 30 });
        play(initial, actions, (state, ticked) => {
          invariants(state, ticked);
          const active = state.pods.filter((p) => p.status !== 'Terminating').length;
          check(active <= replicas + MAX_SURGE, `${active} pods exceed replicas + maxSurge`, state);
          const serving = state.pods.filter((p) => isServing(p, state)).length;
          check(serving >= replicas - MAX_UNAVAILABLE, `only ${serving} ready pods`, state);
          check(state.traffic.totalFailed === 0, 'a request failed during a rollout', state);
        });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('replays identically from the same seed and events', () => {
    fc.assert(
      fc.property(start, fc.array(action, { maxLength: 30 }), (options, actions) => {
        const a = play(createCluster(options), actions, () => {});
        const b = play(createCluster(options), actions, () => {});
        expect(a).toEqual(b);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
