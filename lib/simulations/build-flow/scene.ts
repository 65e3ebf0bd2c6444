import { parseCount, type SceneCodec } from '../../share/scene-link';
import { replay, type Scene, type Simulation, type Timed } from '../kernel';
import type { BuildFlowEvent } from './events';
import type { Variant } from './narrate';
import { editablePaths } from './context';
import { recipe } from './recipe';
import { hostPorts, type BuildFlowState } from './state';

// A scene is what the reader did and when, in clock ticks. Tokens joined by "_": b build,
// e<line> edit, p<port> run with -p <port>:3000, r run without -p, s<n>/x<n> stop/remove rails-n,
// t<k> k ticks of the clock (before the next token, or at the end: how far the build had got).
// f<file>~<hex> writes a file of the build context (its index in the editor's list; the contents as
// UTF-8 in hex), added in version 2 without changing any other token, so older links still open.
// Version 2: version 1 counted each layer as a reader's step and CMD as a layer; those links are
// refused politely as an older format.

export const maxSceneEvents = 200;
const maxTicks = 2_000;

/** The tokens each form of the widget has controls for: a link carries nothing else. */
const allowed: Record<Variant, ReadonlySet<string>> = {
  full: new Set(['b', 'e', 'f', 'p', 's', 'x', 't']),
  compact: new Set(['b', 'r', 't']),
};

function tokenOf(event: Exclude<BuildFlowEvent, { type: 'tick' }>): string {
  switch (event.type) {
    case 'build':
      return 'b';
    case 'edit':
      return `e${event.line}`;
    case 'run':
      return event.port === null ? 'r' : `p${event.port}`;
    case 'stop':
      return `s${event.run}`;
    case 'remove':
      return `x${event.run}`;
    case 'write':
      return `f${editablePaths.indexOf(event.path)}~${[...new TextEncoder().encode(event.text)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  }
}

function writeOf(argument: string): BuildFlowEvent | null {
  const [index = '', hex = ''] = argument.split('~');
  const at = parseCount(index, editablePaths.length - 1);
  const path = at === null ? undefined : editablePaths[at];
  if (path === undefined) return null;
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) return null;
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  try {
    return { type: 'write', path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return null;
  }
}

function eventOf(code: string, argument: string): BuildFlowEvent | null {
  if (code === 'f') return writeOf(argument);
  const count = parseCount(argument, maxSceneEvents);
  if (code === 'b' && argument === '') return { type: 'build' };
  if (code === 'r' && argument === '') return { type: 'run', port: null };
  if (code === 'e' && count !== null && recipe[count]?.edit) return { type: 'edit', line: count };
  const port = parseCount(argument, 65_535);
  if (code === 'p' && port !== null && (hostPorts as readonly number[]).includes(port)) return { type: 'run', port };
  if ((code === 's' || code === 'x') && count) return { type: code === 's' ? 'stop' : 'remove', run: count };
  return null;
}

export function sceneCodec(
  simulation: Simulation<BuildFlowState, BuildFlowEvent>,
  variant: Variant,
): SceneCodec<Scene<BuildFlowEvent>> {
  const step = simulation.clock?.step ?? 1;
  return {
    version: 2,
    encode({ entries, at }) {
      const tokens: string[] = [];
      let now = 0;
      const wait = (until: number) => {
        const ticks = Math.round((until - now) / step);
        if (ticks > 0) tokens.push(`t${ticks}`);
        now = until;
      };
      for (const entry of entries) {
        wait(entry.at);
        // Ticks are the clock's, never recorded as entries; the guard is for the type only.
        if (entry.event.type !== 'tick') tokens.push(tokenOf(entry.event));
      }
      wait(at);
      return tokens.join('_');
    },
    decode(payload) {
      const entries: Timed<BuildFlowEvent>[] = [];
      let ticks = 0;
      for (const token of payload === '' ? [] : payload.split('_')) {
        const [code, argument] = [token.slice(0, 1), token.slice(1)];
        if (!allowed[variant].has(code)) return null;
        if (code === 't') {
          const count = parseCount(argument, maxTicks);
          if (!count) return null;
          ticks += count;
          continue;
        }
        const event = eventOf(code, argument);
        if (!event || entries.length >= maxSceneEvents) return null;
        entries.push({ at: ticks * step, event });
      }
      if (ticks > maxTicks) return null;
      const scene = { entries, at: ticks * step };
      // Only a scene whose every event the rules accept is a scene. Ticks that find no build
      // running change nothing, as in the live widget (a tick can land just after a build ends).
      let refused = false;
      const checking: Simulation<BuildFlowState, BuildFlowEvent> = {
        ...simulation,
        transition(state, event, now) {
          const next = simulation.transition(state, event, now);
          if (next === state && event.type !== 'tick') refused = true;
          return next;
        },
      };
      replay(checking, entries, { until: scene.at });
      return refused ? null : scene;
    },
  };
}
