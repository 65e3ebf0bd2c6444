import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exerciseCheck } from '@/lib/exercises/catalog';
import { exerciseIds } from '@/lib/exercises/ids';
import type { Simulation } from '@/lib/simulations/kernel';
import { buildFlowFull, type BuildFlowEvent } from '@/lib/simulations/build-flow';
import { dockerHubSimulation, type DockerHubEvent } from '@/lib/simulations/docker-hub';
import { NODE_NAMES, ORCHESTRATOR, type ClusterEvent } from '@/lib/simulations/orchestrator';
import { vmVsContainerSimulation, type VmVsContainerEvent } from '@/lib/simulations/vm-vs-container';

// Whatever the reader does, in any order, a check answers true or false, the same each time,
// and leaves the state as it found it (the exercise and the widget read one object).

type Step<E> = { event: E } | { wait: number };

function checksOf(key: string) {
  return exerciseIds.filter((id) => exerciseCheck(id).source.key === key).map((id) => exerciseCheck(id));
}

function walk<S, E>(simulation: Simulation<S, E>, key: string, steps: readonly Step<E>[]) {
  const checks = checksOf(key);
  expect(checks.length).toBeGreaterThan(0);
  let state = simulation.initial();
  let now = 0;
  for (const step of steps) {
    if ('event' in step) state = simulation.transition(state, step.event, now);
    else
      for (let i = 0; i < step.wait && simulation.clock; i += 1) {
        now += simulation.clock.step;
        state = simulation.transition(state, simulation.clock.event, now);
      }
    const before = JSON.stringify(state);
    for (const check of checks) {
      const answer = check.done(state);
      expect(typeof answer).toBe('boolean');
      expect(check.done(state)).toBe(answer);
    }
    expect(JSON.stringify(state)).toBe(before);
  }
}

const wait = fc.integer({ min: 1, max: 40 }).map((ticks) => ({ wait: ticks }));

describe('exercise checks over random reader actions', () => {
  it('build flow', () => {
    const event = fc.oneof(
      fc.constant<BuildFlowEvent>({ type: 'build' }),
      fc.integer({ min: 0, max: 7 }).map<BuildFlowEvent>((line) => ({ type: 'edit', line })),
      fc.constantFrom(8080, 8081, 8082, 3000, null).map<BuildFlowEvent>((port) => ({ type: 'run', port })),
      fc.integer({ min: 1, max: 6 }).map<BuildFlowEvent>((run) => ({ type: 'stop', run })),
      fc.integer({ min: 1, max: 6 }).map<BuildFlowEvent>((run) => ({ type: 'remove', run })),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            event.map((e) => ({ event: e })),
            wait,
          ),
          { maxLength: 20 },
        ),
        (steps) => walk(buildFlowFull, 'build-flow-full', steps),
      ),
      { numRuns: 40 },
    );
  });

  it('Docker Hub', () => {
    const event = fc.oneof(
      fc.constant<DockerHubEvent>({ type: 'build' }),
      fc.constant<DockerHubEvent>({ type: 'push' }),
      fc.constantFrom('minji', 'junho', 'lead').map<DockerHubEvent>((machine) => ({ type: 'pull', machine })),
      fc.constantFrom('', 'ruby', 'myteam').map<DockerHubEvent>((query) => ({ type: 'search', query })),
    );
    fc.assert(
      fc.property(
        fc.array(
          event.map((e) => ({ event: e })),
          { maxLength: 12 },
        ),
        (steps) => walk(dockerHubSimulation, 'docker-hub', steps),
      ),
      { numRuns: 60 },
    );
  });

  it('VM and container hosts', () => {
    const kind = fc.constantFrom('vm' as const, 'container' as const);
    const event = fc.oneof(
      kind.map<VmVsContainerEvent>((k) => ({ type: 'start', kind: k })),
      kind.map<VmVsContainerEvent>((k) => ({ type: 'stop', kind: k })),
      kind.map<VmVsContainerEvent>((k) => ({ type: 'fill', kind: k })),
      fc.constant<VmVsContainerEvent>({ type: 'race' }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            event.map((e) => ({ event: e })),
            wait,
          ),
          { maxLength: 16 },
        ),
        (steps) => walk(vmVsContainerSimulation, 'vm-vs-container', steps),
      ),
      { numRuns: 40 },
    );
  });

  it('the sandbox cluster', () => {
    const event = fc.oneof(
      fc.integer({ min: 0, max: 500 }).map<ClusterEvent>((rps) => ({ type: 'set-load', rps })),
      fc.integer({ min: 0, max: 12 }).map<ClusterEvent>((replicas) => ({ type: 'scale', replicas })),
      fc
        .constantFrom('v1' as const, 'v2' as const, 'v3' as const)
        .map<ClusterEvent>((version) => ({ type: 'deploy-version', version })),
      fc.constant<ClusterEvent>({ type: 'rollback' }),
      fc.constantFrom(...NODE_NAMES).map<ClusterEvent>((node) => ({ type: 'fail-node', node })),
      fc.constantFrom(...NODE_NAMES).map<ClusterEvent>((node) => ({ type: 'recover-node', node })),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            event.map((e) => ({ event: e })),
            wait,
          ),
          { maxLength: 12 },
        ),
        (steps) => walk(ORCHESTRATOR.sandbox, 'orchestrator-sandbox', steps),
      ),
      { numRuns: 25 },
    );
  });
});
