import { parseCount, type SceneCodec } from '../../share/scene-link';
import { replayFinal, type Scene, type Simulation } from '../kernel';
import type { VmVsContainerEvent } from './events';
import type { VmVsContainerState } from './state';

// A scene is the reader's events and the simulated time, both in clock steps:
// "<at>" then "_<gap><code>" for each event, the gap counted from the event before.
// Codes: s start, r race, f fill, x stop; v or c after s/f/x names the kind.

/** Enough for far more than anyone clicks by hand; longer scenes are not offered as links. */
export const maxEntries = 200;
/** About twenty minutes of simulated time: a replay never runs longer than that. */
export const maxSteps = 2_400;

const codes: Record<string, VmVsContainerEvent> = {
  sv: { type: 'start', kind: 'vm' },
  sc: { type: 'start', kind: 'container' },
  r: { type: 'race' },
  fv: { type: 'fill', kind: 'vm' },
  fc: { type: 'fill', kind: 'container' },
  xv: { type: 'stop', kind: 'vm' },
  xc: { type: 'stop', kind: 'container' },
};

function codeOf(event: VmVsContainerEvent): string | null {
  return Object.entries(codes).find(([, candidate]) => JSON.stringify(candidate) === JSON.stringify(event))?.[0] ?? null;
}

/**
 * The codec over a simulation (passed lazily: the simulation holds the codec). A decoded scene is
 * replayed step by step, and one whose event the rules would refuse at its moment is a broken link.
 */
export function sceneCodec(
  simulation: () => Simulation<VmVsContainerState, VmVsContainerEvent>,
): SceneCodec<Scene<VmVsContainerEvent>> {
  const step = () => simulation().clock?.step ?? 1;
  return {
    version: 1,
    encode(scene) {
      // A scene the decoder would refuse is not written at all: the share button then says so.
      if (scene.entries.length > maxEntries || scene.at / step() > maxSteps) throw new Error('This scene is too long for a link');
      let previous = 0;
      const tokens = [String(scene.at / step())];
      for (const entry of scene.entries) {
        const code = codeOf(entry.event);
        if (code === null) throw new Error(`No scene code for ${JSON.stringify(entry.event)}`);
        tokens.push(`${(entry.at - previous) / step()}${code}`);
        previous = entry.at;
      }
      return tokens.join('_');
    },
    decode(payload) {
      const [head, ...rest] = payload.split('_');
      const atSteps = parseCount(head, maxSteps);
      if (atSteps === null || rest.length > maxEntries) return null;
      const entries: Scene<VmVsContainerEvent>['entries'][number][] = [];
      let steps = 0;
      for (const token of rest) {
        const match = /^(\d{1,4})([a-z]{1,2})$/.exec(token);
        const gap = parseCount(match?.[1], maxSteps);
        const event = match?.[2] === undefined ? undefined : codes[match[2]];
        if (gap === null || !event) return null;
        steps += gap;
        if (steps > atSteps) return null;
        entries.push({ at: steps * step(), event });
      }
      const sim = simulation();
      let state = sim.initial();
      let now = 0;
      for (const entry of entries) {
        state = replayFinal(sim, [], { from: state, start: now, until: entry.at });
        now = entry.at;
        const next = sim.transition(state, entry.event, now);
        if (next === state) return null;
        state = next;
      }
      return { entries, at: atSteps * step() };
    },
  };
}
