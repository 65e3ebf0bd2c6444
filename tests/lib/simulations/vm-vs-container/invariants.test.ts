import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can, replay, type Timed } from '@/lib/simulations/kernel';
import { readScene } from '@/lib/share/scene-link';
import {
  capacity,
  costs,
  facts,
  isConsistent,
  kinds,
  narrate,
  stageAt,
  unitsOf,
  usableBytes,
  vmVsContainerClock as clock,
  vmVsContainerCodec as codec,
  vmVsContainerSimulation as simulation,
  type Kind,
  type VmVsContainerEvent,
  type VmVsContainerState,
} from '@/lib/simulations/vm-vs-container';

const kind = fc.constantFrom<Kind>('vm', 'container');
const readerEvent: fc.Arbitrary<VmVsContainerEvent> = fc.oneof(
  { weight: 4, arbitrary: kind.map((k) => ({ type: 'start' as const, kind: k })) },
  { weight: 2, arbitrary: kind.map((k) => ({ type: 'stop' as const, kind: k })) },
  { weight: 1, arbitrary: kind.map((k) => ({ type: 'fill' as const, kind: k })) },
  { weight: 1, arbitrary: fc.constant({ type: 'race' as const }) },
);
const event: fc.Arbitrary<VmVsContainerEvent> = fc.oneof(
  { weight: 3, arbitrary: readerEvent },
  { weight: 2, arbitrary: fc.constant({ type: 'tick' as const }) },
);
/** Events with the clock's steps between them, as the live widget makes them. */
const timed = fc.array(fc.tuple(event, fc.integer({ min: 0, max: 80 })), { maxLength: 60 });

function play(
  steps: readonly [VmVsContainerEvent, number][],
  check?: (before: VmVsContainerState, after: VmVsContainerState, now: number, sent: VmVsContainerEvent) => void,
) {
  let state = simulation.initial();
  let now = 0;
  for (const [sent, gap] of steps) {
    now += gap * clock.step;
    const after = simulation.transition(state, sent, now);
    check?.(state, after, now, sent);
    state = after;
  }
  return { state, now };
}

describe('random event sequences', () => {
  it('never throw and keep every invariant; can() agrees with the transition', () => {
    fc.assert(
      fc.property(timed, (steps) => {
        play(steps, (before, after, now, sent) => {
          const snapshot = JSON.stringify(before);
          expect(can(simulation, before, sent, now)).toBe(after !== before);
          if (after === before) expect(JSON.stringify(before)).toBe(snapshot);
          // A tick never changes what the narration tells: one message per reader action.
          if (sent.type === 'tick') expect(after.action).toBe(before.action);
          expect(isConsistent(after)).toBe(true);
          for (const k of kinds) {
            const cost = costs(after, k);
            // Never more than the host's memory holds, and memory is exactly units × one unit's.
            expect(cost.memoryBytes).toBeLessThanOrEqual(usableBytes);
            expect(cost.memoryBytes).toBe(unitsOf(after, k).length * facts[k].memoryBytes);
            expect(cost.kernels).toBe(k === 'vm' ? cost.count : 0);
          }
          // A unit never runs ahead of its clock, and after a tick it is exactly where the clock says.
          expect(
            after.units.every((unit) =>
              sent.type === 'tick' ? unit.stage === stageAt(unit, now) : unit.stage <= stageAt(unit, now),
            ),
          ).toBe(true);
          expect(narrate(after).length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('are deterministic and never mutate the state they are given', () => {
    fc.assert(
      fc.property(timed, event, (steps, last) => {
        const { state } = play(steps);
        expect(play(steps).state).toEqual(state);
        const frozen = structuredClone(state);
        simulation.transition(state, last, 1e9);
        expect(state).toEqual(frozen);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('a container is always running before a VM started at the same moment', () => {
    fc.assert(
      fc.property(timed, (steps) => {
        const { state, now } = play(steps);
        const raced = simulation.transition(state, { type: 'race' }, now);
        fc.pre(raced !== state);
        const readyAt = (k: Kind) => {
          const newest = unitsOf(raced, k).at(-1);
          for (let t = now; newest && t <= now + 60_000; t += clock.step)
            if (stageAt(newest, t) === facts[k].stages.length) return t;
          return Infinity;
        };
        expect(readyAt('container')).toBeLessThan(readyAt('vm'));
      }),
      { numRuns: 100 },
    );
  });
});

describe('scene links', () => {
  /** A scene as the live widget records it: accepted reader events at clock steps, in order. */
  const liveScene = fc.array(fc.tuple(readerEvent, fc.integer({ min: 0, max: 70 })), { maxLength: 30 }).map((steps) => {
    let state = simulation.initial();
    let now = 0;
    const entries: Timed<VmVsContainerEvent>[] = [];
    for (const [sent, gap] of steps) {
      const until = now + gap * clock.step;
      state = replay(simulation, [], { from: state, start: now, until }).at(-1) as VmVsContainerState;
      now = until;
      const next = simulation.transition(state, sent, now);
      if (next === state) continue;
      entries.push({ at: now, event: sent });
      state = next;
    }
    return { entries, at: now };
  });

  it('round-trip every scene the widget can record', () => {
    fc.assert(
      fc.property(liveScene, (scene) => {
        expect(codec.decode(codec.encode(scene))).toEqual(scene);
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on any payload, and anything decoded replays event by event', () => {
    const token = fc.constantFrom('0', '3', '60', 'sv', 'sc', 'r', 'fv', 'fc', 'xv', 'xc', '_', 'zz', '9999', 'S');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 20 }), (parts) => {
        const payload = parts.join('');
        const read = readScene(`?scene=${simulation.id}.${codec.version}.${payload}`, simulation.id, codec);
        expect(['ok', 'invalid']).toContain(read.status);
        if (read.status === 'ok') {
          expect(replay(simulation, read.scene.entries, { until: read.scene.at }).length).toBeGreaterThanOrEqual(
            read.scene.entries.length + 1,
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('fill never asks for more than the host holds', () => {
    for (const k of kinds) {
      const full = simulation.transition(simulation.initial(), { type: 'fill', kind: k }, 0);
      expect(unitsOf(full, k)).toHaveLength(capacity(k));
      expect(simulation.transition(full, { type: 'start', kind: k }, 0)).toBe(full);
    }
  });
});
