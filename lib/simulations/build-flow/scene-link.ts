import { parseCount, type SceneCodec } from '../../share/scene-link';
import type { BuildFlowEvent } from './events';
import { recipe } from './recipe';
import { createInitialState, type BuildFlowState, type Step } from './state';
import type { Timeline } from './timeline';
import { transition } from './transition';

// A build-flow scene is the path of steps from the empty Dockerfile to what the reader sees: which
// lines they edited, each build step, each run, stop and remove. Containers are named by their run
// number (rails-3 → 3) because their ids are hashes the replay makes again by itself.

export type FlowSceneEvent =
  | { type: 'edit'; line: number }
  | { type: 'build-step' }
  | { type: 'run' }
  | { type: 'stop'; run: number }
  | { type: 'remove'; run: number }
  | { type: 'reset' };

export type FlowScene = { events: readonly FlowSceneEvent[] };

export const MAX_FLOW_EVENTS = 200;

function eventOfStep(step: Step): FlowSceneEvent | null {
  switch (step.type) {
    case 'edit':
      return { type: 'edit', line: step.line };
    case 'layer':
      return { type: 'build-step' };
    case 'run':
      return { type: 'run' };
    case 'stop':
    case 'remove': {
      const run = parseCount(/^rails-(\d+)$/.exec(step.name)?.[1], MAX_FLOW_EVENTS);
      if (run === null) return null;
      return step.type === 'stop' ? { type: 'stop', run } : { type: 'remove', run };
    }
    case 'reset':
      return { type: 'reset' };
  }
}

/**
 * The scene the reader is looking at, read from the timeline's history (every state records the
 * step that made it). null when the start has fallen out of the bounded history.
 */
export function sceneOfTimeline(timeline: Timeline): FlowScene | null {
  const states = [...timeline.past, timeline.present];
  if (states[0]?.step !== null || states.length > MAX_FLOW_EVENTS + 1) return null;
  const events: FlowSceneEvent[] = [];
  for (const state of states.slice(1)) {
    const event = state.step ? eventOfStep(state.step) : null;
    if (!event) return null;
    events.push(event);
  }
  return { events };
}

function simulationEvent(event: FlowSceneEvent, state: BuildFlowState): BuildFlowEvent | null {
  if (event.type !== 'stop' && event.type !== 'remove') return event;
  const container = state.containers.find((c) => c.name === `rails-${event.run}`);
  if (!container) return null;
  return event.type === 'stop' ? { type: 'stop', id: container.id } : { type: 'remove', id: container.id };
}

/**
 * The timeline after replaying the scene, paused, with its history so 이전 단계 still works; null if
 * any step would be refused (a link edited by hand). Timestamps differ from the sender's, but no
 * view shows them: what the reader sees is identical.
 */
export function replayFlowScene(scene: FlowScene): Timeline | null {
  const states: BuildFlowState[] = [createInitialState()];
  for (const [index, event] of scene.events.entries()) {
    const previous = states[states.length - 1] as BuildFlowState;
    const simulated = simulationEvent(event, previous);
    const next = simulated ? transition(previous, simulated, (index + 1) * 1000) : previous;
    if (next === previous) return null;
    states.push(next);
  }
  const present = states.pop() as BuildFlowState;
  return { past: states, present, future: [], playing: 'no' };
}

// Tokens joined by "_": e<line> edit, b<n> n build steps, r run, s<n>/x<n> stop/remove rails-n, z reset.
export const flowSceneCodec: SceneCodec<FlowScene> = {
  version: 1,
  encode({ events }) {
    const tokens: string[] = [];
    let builds = 0;
    const flush = () => {
      if (builds > 0) tokens.push(`b${builds}`);
      builds = 0;
    };
    for (const event of events) {
      if (event.type === 'build-step') {
        builds += 1;
        continue;
      }
      flush();
      if (event.type === 'edit') tokens.push(`e${event.line}`);
      else if (event.type === 'run') tokens.push('r');
      else if (event.type === 'reset') tokens.push('z');
      else tokens.push(`${event.type === 'stop' ? 's' : 'x'}${event.run}`);
    }
    flush();
    return tokens.join('_');
  },
  decode(payload) {
    const events: FlowSceneEvent[] = [];
    for (const token of payload === '' ? [] : payload.split('_')) {
      const [code, argument] = [token.slice(0, 1), token.slice(1)];
      const count = parseCount(argument, MAX_FLOW_EVENTS);
      if (code === 'b' && count) events.push(...Array.from({ length: count }, () => ({ type: 'build-step' as const })));
      else if (code === 'e' && count !== null && recipe[count]?.edit) events.push({ type: 'edit', line: count });
      else if (code === 'r' && argument === '') events.push({ type: 'run' });
      else if (code === 'z' && argument === '') events.push({ type: 'reset' });
      else if ((code === 's' || code === 'x') && count) events.push({ type: code === 's' ? 'stop' : 'remove', run: count });
      else return null;
      if (events.length > MAX_FLOW_EVENTS) return null;
    }
    const scene = { events };
    // Only a scene that replays step for step is a scene; anything else is a broken link.
    return replayFlowScene(scene) ? scene : null;
  },
};
