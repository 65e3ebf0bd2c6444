import { parseCount, type SceneCodec } from '../../share/scene-link';
import { LOAD_MAX, NODE_NAMES } from './config';
import { transition } from './transition';
import type { ClusterEvent, ClusterState, NodeName, VersionId } from './types';
import { VERSIONS } from './versions';

// What a reader did to a cluster scene: each action with the simulated second it happened at,
// and how far the clock ran. Replaying it from the preset's start gives the very same state.

export type ReaderEvent = Exclude<ClusterEvent, { type: 'tick' }>;
export type ClusterSceneEntry = { at: number; event: ReaderEvent };
export type ClusterScene = { time: number; entries: readonly ClusterSceneEntry[] };

/** Two simulated hours: far beyond any real session, and replays in well under a second. */
export const MAX_SCENE_TIME = 7200;
export const MAX_SCENE_ENTRIES = 200;

/**
 * The state after the reader's actions, matching the live widget step for step: the clock ticks
 * second by second, and an action taken at second t lands after that second's tick.
 */
export function replayClusterScene(start: ClusterState, scene: ClusterScene): ClusterState {
  let state = start;
  let next = 0;
  const actAt = (t: number) => {
    for (let entry = scene.entries[next]; entry && entry.at === t; entry = scene.entries[++next]) {
      state = transition(state, entry.event, t);
    }
  };
  actAt(start.time);
  for (let t = start.time + 1; t <= scene.time; t += 1) {
    state = transition(state, { type: 'tick' }, t);
    actAt(t);
  }
  return state;
}

const versionIds = Object.keys(VERSIONS) as VersionId[];
const podNamePattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

// One token per action: at, a letter, an argument. "3l300" = at 3 s the load became 300 rps.
function encodeEvent(event: ReaderEvent): string {
  switch (event.type) {
    case 'set-load':
      return `l${event.rps}`;
    case 'crash-pod':
      return `c${event.pod}`;
    case 'fail-node':
      return `f${NODE_NAMES.indexOf(event.node) + 1}`;
    case 'recover-node':
      return `r${NODE_NAMES.indexOf(event.node) + 1}`;
    case 'deploy-version':
      return `d${versionIds.indexOf(event.version) + 1}`;
    case 'rollback':
      return 'b';
  }
}

function decodeEvent(code: string, argument: string): ReaderEvent | null {
  const node = (): NodeName | null => {
    const index = parseCount(argument, NODE_NAMES.length);
    return index ? (NODE_NAMES[index - 1] ?? null) : null;
  };
  switch (code) {
    case 'l': {
      const rps = parseCount(argument, LOAD_MAX);
      return rps === null ? null : { type: 'set-load', rps };
    }
    case 'c':
      return podNamePattern.test(argument) ? { type: 'crash-pod', pod: argument } : null;
    case 'f': {
      const name = node();
      return name ? { type: 'fail-node', node: name } : null;
    }
    case 'r': {
      const name = node();
      return name ? { type: 'recover-node', node: name } : null;
    }
    case 'd': {
      const index = parseCount(argument, versionIds.length);
      const version = index ? versionIds[index - 1] : undefined;
      return version ? { type: 'deploy-version', version } : null;
    }
    case 'b':
      return argument === '' ? { type: 'rollback' } : null;
    default:
      return null;
  }
}

export const clusterSceneCodec: SceneCodec<ClusterScene> = {
  version: 1,
  encode(scene) {
    return [String(scene.time), ...scene.entries.map(({ at, event }) => `${at}${encodeEvent(event)}`)].join('_');
  },
  decode(payload) {
    const [timeText, ...tokens] = payload.split('_');
    const time = parseCount(timeText, MAX_SCENE_TIME);
    if (time === null || tokens.length > MAX_SCENE_ENTRIES) return null;
    const entries: ClusterSceneEntry[] = [];
    for (const token of tokens) {
      const match = /^(\d{1,5})([a-z])(.*)$/.exec(token);
      const at = parseCount(match?.[1], time);
      const event = match ? decodeEvent(match[2] ?? '', match[3] ?? '') : null;
      const previous = entries[entries.length - 1];
      // Actions come in the order they happened, and none after the clock stopped.
      if (at === null || !event || (previous && at < previous.at)) return null;
      entries.push({ at, event });
    }
    return { time, entries };
  },
};
