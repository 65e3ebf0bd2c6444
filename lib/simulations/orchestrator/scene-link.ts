import type { Scene, Timed } from '../kernel';
import { parseCount, type SceneCodec } from '../../share/scene-link';
import { LOAD_MAX, MAX_SCALE, NODE_NAMES } from './config';
import type { ReaderEvent } from './scenes';
import type { ClusterEvent, NodeName, VersionId } from './types';
import { VERSIONS } from './versions';

// A cluster scene in a link: what the reader did, each action with the simulated second it
// happened at, and how far the clock ran. Replaying it from the preset's start (kernel `replay`)
// gives the very same state. Payload: "<at>_<action>_<action>…", e.g. "22_0l300_9f2" = the clock
// at 22 s, at 0 s the load set to 300 rps, at 9 s node-2 switched off.

/** Two simulated hours: far beyond any real session, and replays in well under a second. */
export const MAX_SCENE_TIME = 7200;
export const MAX_SCENE_ENTRIES = 200;

const versionIds = Object.keys(VERSIONS) as VersionId[];
const podNamePattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

// One token per action: at, a letter, an argument. "3l300" = at 3 s the load became 300 rps.
function encodeEvent(event: ReaderEvent): string {
  switch (event.type) {
    case 'set-load':
      return `l${event.rps}`;
    case 'crash-pod':
      return `c${event.pod}`;
    case 'delete-pod':
      return `x${event.pod}`;
    case 'fail-node':
      return `f${NODE_NAMES.indexOf(event.node) + 1}`;
    case 'recover-node':
      return `r${NODE_NAMES.indexOf(event.node) + 1}`;
    case 'deploy-version':
      // Only the chapter's releases have a letter; a written template is an edit (below).
      if (!versionIds.includes(event.version)) throw new RangeError('written pod templates are not carried by scene links');
      return `d${versionIds.indexOf(event.version) + 1}`;
    case 'rollback':
      return 'b';
    case 'scale':
      return `s${event.replicas}`;
    case 'cordon':
      return `k${NODE_NAMES.indexOf(event.node) + 1}`;
    case 'uncordon':
      return `u${NODE_NAMES.indexOf(event.node) + 1}`;
    case 'drain':
      return `n${NODE_NAMES.indexOf(event.node) + 1}`;
    case 'forward-port':
    case 'stop-forward':
    case 'forwarded-request':
      // The terminal's own plumbing: the cluster replays the same without it.
      return '';
    case 'write-manifest':
    case 'apply-manifest':
      // An edited manifest's text does not fit in a link; a scene with one is not shared at all
      // rather than shared without it (it would replay to a different cluster).
      throw new RangeError('manifest edits are not carried by scene links');
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
    case 'x':
      return podNamePattern.test(argument) ? { type: 'delete-pod', pod: argument } : null;
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
    case 's': {
      const replicas = parseCount(argument, MAX_SCALE);
      return replicas ? { type: 'scale', replicas } : null;
    }
    case 'k':
    case 'u':
    case 'n': {
      const name = node();
      if (!name) return null;
      return { type: code === 'k' ? 'cordon' : code === 'u' ? 'uncordon' : 'drain', node: name };
    }
    default:
      return null;
  }
}

/** The codec of one widget instance: it reads only the events that instance has controls for. */
export function clusterSceneCodec(allowed: readonly ReaderEvent['type'][]): SceneCodec<Scene<ClusterEvent>> {
  return {
    // 1: the format since the first scene links; new event letters are additions, not a new meaning.
    version: 1,
    encode(scene) {
      // A scene the decoder would refuse is not written at all (the share button then says it is too long).
      if (scene.at > MAX_SCENE_TIME || scene.entries.length > MAX_SCENE_ENTRIES)
        throw new RangeError('scene too long for a link');
      const tokens = scene.entries.flatMap(({ at, event }) => {
        const code = event.type === 'tick' ? '' : encodeEvent(event);
        return code === '' ? [] : [`${at}${code}`];
      });
      return [String(scene.at), ...tokens].join('_');
    },
    decode(payload) {
      const [timeText, ...tokens] = payload.split('_');
      const at = parseCount(timeText, MAX_SCENE_TIME);
      if (at === null || tokens.length > MAX_SCENE_ENTRIES) return null;
      const entries: Timed<ClusterEvent>[] = [];
      for (const token of tokens) {
        const match = /^(\d{1,5})([a-z])(.*)$/.exec(token);
        const time = parseCount(match?.[1], at);
        const event = match ? decodeEvent(match[2] ?? '', match[3] ?? '') : null;
        const previous = entries.at(-1);
        // Actions come in the order they happened, none after the clock stopped, and only this widget's.
        if (time === null || !event || !allowed.includes(event.type) || (previous && time < previous.at)) return null;
        entries.push({ at: time, event });
      }
      return { at, entries };
    },
  };
}
