import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can, replayFinal, type Timed } from '@/lib/simulations/kernel';
import { maxPayloadLength } from '@/lib/share/scene-link';
import {
  building,
  clock,
  createInitialState,
  dockerfilePath,
  editablePaths,
  refusal,
  terminal,
  type BuildFlowEvent,
  type BuildFlowState,
} from '@/lib/simulations/build-flow';
import { sim } from './helpers';

// Random edits of the build context, mixed with builds and ticks: nothing throws, a broken file
// never loses the last good image, and the cache stays a chain.

const snippets = [
  'ENV RAILS_ENV=production',
  'RUN echo hi',
  'RUNN echo typo',
  'COPY missing.txt ./',
  'COPY --from=build /rails /rails',
  'FROM ruby:3.3-slim-trixie AS build',
  'FROM alpine',
  'FROM nosuchimage',
  'ARG V=1',
  'WORKDIR app',
  'CMD ["bin/rails", 1]',
  'COPY --form=x a b',
  'EXPOSE',
  'RUN apt-get install -y \\',
  '# 주석',
  '',
  '\\',
  '# escape=`',
];

type Edit = { path: number; kind: number; at: number; pick: number; text: string };
const edit = fc.record({
  path: fc.nat(editablePaths.length - 1),
  kind: fc.nat(4),
  at: fc.nat(40),
  pick: fc.nat(snippets.length - 1),
  text: fc.string({ maxLength: 12 }),
});

function mutate(text: string, { kind, at, pick, text: random }: Edit): string {
  const lines = text.split('\n');
  const line = at % Math.max(lines.length, 1);
  if (kind === 0) lines.splice(line, 1);
  else if (kind === 1) lines.splice(line, 0, snippets[pick] ?? '');
  else if (kind === 2) lines.splice(line, 0, lines[line] ?? '');
  else if (kind === 3) lines[line] = `${lines[line] ?? ''}${random}`;
  else return random;
  return lines.join('\n');
}

const action = fc.oneof(
  { weight: 3, arbitrary: edit.map((value) => ({ type: 'edit' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ type: 'build' as const }) },
  { weight: 3, arbitrary: fc.constant({ type: 'tick' as const }) },
);

function eventOf(state: BuildFlowState, step: { type: 'edit' | 'build' | 'tick'; value?: Edit }): BuildFlowEvent {
  if (step.type === 'edit' && step.value) {
    const path = editablePaths[step.value.path] ?? dockerfilePath;
    return { type: 'write', path, text: mutate(state.files[path] ?? '', step.value) };
  }
  return step.type === 'build' ? { type: 'build' } : { type: 'tick' };
}

describe('random edits of the build context', () => {
  it('never throw, keep the last good image through a failure, and keep the cache a chain', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (steps) => {
        let state = createInitialState();
        for (const step of steps) {
          const event = eventOf(state, step);
          const before = state;
          state = sim.transition(state, event, 0);
          expect(can(sim, before, event, 0)).toBe(state !== before);
          expect(refusal(before, event) === null).toBe(state !== before);
          expect(typeof sim.narrate(state)).toBe('string');
          for (const line of terminal(state)?.output ?? []) expect(typeof line).toBe('string');
          const build = state.build;
          if (build?.problem) {
            expect(building(state)).toBe(false);
            if (!building(before)) expect(state.current).toBe(before.current);
          }
          for (const image of state.images) for (const id of image.layerIds) expect(state.layers[id]).toBeDefined();
          for (const id of Object.values(state.cache)) expect(state.layers[id]).toBeDefined();
          if (build?.plan) {
            // Within a stage, once a step misses, every later step of that stage misses.
            const missed = new Set<number>();
            build.steps.forEach((result, index) => {
              const stage = build.plan!.steps[index]!.stage;
              if (missed.has(stage)) expect(result.cached).toBe(false);
              if (!result.cached) missed.add(stage);
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a session with edits goes through a scene link and replays to the same state', () => {
    const codec = sim.codec!;
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (steps) => {
        const entries: Timed<BuildFlowEvent>[] = [];
        let state = createInitialState();
        let now = 0;
        for (const step of steps) {
          const event = eventOf(state, step);
          if (event.type === 'tick') {
            if (!clock.runs(state)) continue;
            now += clock.step;
            state = sim.transition(state, event, now);
            continue;
          }
          const next = sim.transition(state, event, now);
          if (next === state) continue;
          entries.push({ at: now, event });
          state = next;
        }
        const payload = codec.encode({ entries, at: now });
        if (payload.length > maxPayloadLength) return;
        const decoded = codec.decode(payload);
        expect(decoded).not.toBeNull();
        expect(replayFinal(sim, decoded!.entries, { until: decoded!.at })).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});
