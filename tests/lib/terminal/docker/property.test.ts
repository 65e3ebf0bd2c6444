import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { building, maxContainers, type BuildFlowState } from '@/lib/simulations/build-flow';
import type { DockerHubState } from '@/lib/simulations/docker-hub';
import {
  backgroundWorld,
  containerWorld,
  dockerDesktopWorld,
  dockerHubWorld,
  dockerWorld,
  type EngineState,
} from '@/lib/terminal/docker';
import type { TerminalWorld } from '@/lib/terminal/program';
import { player, railsWorld } from './play';

// Random command lines, built from the words these commands use plus noise, never throw and
// never break what a Docker Engine guarantees.

const vocabulary = [
  'run',
  'ps',
  'logs',
  'exec',
  'stop',
  'start',
  'rm',
  'rmi',
  'images',
  'image',
  'ls',
  'container',
  'prune',
  'pull',
  'push',
  'tag',
  'login',
  'inspect',
  'history',
  'search',
  'version',
  'system',
  'df',
  'build',
  'buildx',
  'compose',
  'up',
  'down',
  '-d',
  '-it',
  '-i',
  '-t',
  '--rm',
  '--name',
  'web',
  'db',
  '-p',
  '8080:80',
  '3000:3000',
  '8080',
  '-e',
  'A=b',
  '-v',
  '.:/w',
  '-a',
  '-f',
  '-q',
  '--digests',
  '--build',
  '--format',
  '{{.State.Status}}',
  'nginx',
  'postgres:17',
  'ubuntu',
  'alpine',
  'hello-world',
  'myapp',
  'myteam/myapp:1.0',
  'ruby:3.4',
  'nope:x',
  'Bad',
  '.',
  'sh',
  'uname',
  '-r',
  '--',
  '--help',
  '=',
  'exit',
  'ls',
  '/',
  'cat',
  '/etc/os-release',
  'env',
  '',
];

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const line = fc.tuple(fc.constantFrom('docker', 'docker', 'docker', 'curl'), fc.array(word, { maxLength: 7 }));

function invariants(state: EngineState) {
  const names = state.containers.map((container) => container.name);
  expect(new Set(names).size).toBe(names.length);
  expect(new Set(state.containers.map((container) => container.id)).size).toBe(state.containers.length);
  for (const container of state.containers) {
    expect(container.id).toMatch(/^[0-9a-f]{64}$/);
    expect(state.images.some((image) => image.id === container.imageId)).toBe(true);
  }
  // A host port is held by at most one running container.
  const held = state.containers
    .filter((container) => container.state === 'running')
    .flatMap((container) => container.ports.map((port) => port.host));
  expect(new Set(held).size).toBe(held.length);
  const tags = state.images.flatMap((image) => image.tags);
  expect(new Set(tags).size).toBe(tags.length);
  expect(state.containers.filter((container) => container.autoRemove && container.state === 'exited')).toEqual([]);
}

function buildFlowInvariants(state: BuildFlowState) {
  const runs = state.containers.map((container) => container.run);
  expect(new Set(runs).size).toBe(runs.length);
  expect(state.containers.length).toBeLessThanOrEqual(maxContainers);
  for (const container of state.containers) expect(state.images.some((image) => image.id === container.imageId)).toBe(true);
  const held = state.containers
    .filter((container) => container.status === 'running' && container.port !== null)
    .map((container) => container.port);
  expect(new Set(held).size).toBe(held.length);
  // A typed build always runs to its end.
  expect(building(state)).toBe(false);
}

function drive<S, E>(
  world: TerminalWorld<S, E>,
  lines: readonly (readonly [string, readonly string[]])[],
  invariants: (state: S) => void,
) {
  const p = player(world);
  lines.forEach(([program, argv], index) => {
    const step = p.run([program, ...argv], { at: index * 7_000, cwd: index % 3 === 0 ? '/home/user/myapp' : '/home/user' });
    for (const output of step.result.output) expect(typeof output.text).toBe('string');
    // The program's last-resort catch turns a bug into this line; no input may reach it.
    expect(step.result.output.map((output) => output.text).join('\n')).not.toContain('예상하지 못한 오류');
    expect(Number.isInteger(step.result.exitCode)).toBe(true);
    if (step.result.exitCode !== 0 && step.result.events.length === 0) expect(step.after).toBe(step.before);
    const shell = step.result.enter;
    if (shell) {
      const inside = shell.run(p.state, argv.slice(0, 3), { now: p.now, cwd: p.cwd, env: {} });
      for (const event of inside.events) p.state = world.simulation.transition(p.state, event, p.now);
    }
    for (const event of step.result.interrupt ?? []) p.state = world.simulation.transition(p.state, event, p.now);
    invariants(p.state);
  });
}

const engineWorlds = [dockerWorld, backgroundWorld, railsWorld, dockerDesktopWorld];

describe('any command line', () => {
  it('never throws, prints only strings, and keeps the engine’s invariants in every engine world', () => {
    fc.assert(
      fc.property(fc.constantFrom(...engineWorlds), fc.array(line, { maxLength: 12 }), (world, lines) =>
        drive(world, lines, invariants),
      ),
      { numRuns: 250 },
    );
  });

  it('never throws and keeps the Docker Hub widget’s rules in chapter 4’s world', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) =>
        drive(dockerHubWorld, lines, (state: DockerHubState) => {
          expect(state.registry.tags.every((tag) => state.built.includes(tag))).toBe(true);
          expect(new Set(state.machines.lead.images).size).toBe(state.machines.lead.images.length);
        }),
      ),
      { numRuns: 250 },
    );
  });

  it('never throws and keeps the build-flow widget’s rules in chapter 3’s world', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => drive(containerWorld, lines, buildFlowInvariants)),
      { numRuns: 250 },
    );
  });
});
