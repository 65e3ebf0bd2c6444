// Shareable widget scenes: a widget's state written into the page URL so a link opens the widget
// exactly as it was sent. The simulations are deterministic, so a scene is only what the reader
// did (their events and the simulated time), and the widget replays it.
//
// URL shape: /learn/kubernetes?scene=<instance>.<version>.<payload>#<instance>
//   instance  which widget on the page, e.g. "orchestrator-sandbox" (a widget kind plus its preset)
//   version   the codec's format version; a link made by an older format is ignored politely
//   payload   the codec's own compact text, limited to URL-safe characters [A-Za-z0-9_~-]
// The fragment scrolls the page to the widget, whose frame carries the instance as its id.

import { queryValue } from '../browser/safe-decode';

export const sceneParam = 'scene';
/** Longer links are refused unread: no scene a reader makes by hand comes near this. */
export const maxPayloadLength = 1500;

export interface SceneCodec<Scene> {
  /** Bumped whenever the payload's meaning changes, so old links are recognised, not misread. */
  version: number;
  encode(scene: Scene): string;
  /** null for anything that is not a scene this widget can replay; must never throw. */
  decode(payload: string): Scene | null;
}

export type SceneRead<Scene> =
  | { status: 'none' }
  | { status: 'ok'; scene: Scene }
  /** Addressed to this widget but unreadable (edited by hand, cut off), from an older format, or
   *  from a newer one than this page knows (a page cached from before the format changed). */
  | { status: 'invalid' | 'outdated' | 'newer' };

const instancePattern = /^[a-z][a-z0-9-]{0,40}$/;
const payloadPattern = /^[A-Za-z0-9_~-]*$/;

export function encodeSceneValue<Scene>(instance: string, codec: SceneCodec<Scene>, scene: Scene): string {
  if (!instancePattern.test(instance)) throw new Error(`Scene instance "${instance}" must be lowercase kebab-case`);
  const payload = codec.encode(scene);
  if (!payloadPattern.test(payload)) throw new Error(`Scene payload "${payload}" has characters that are not URL-safe`);
  return `${instance}.${codec.version}.${payload}`;
}

/** The link to share: the page, the scene in the query, the widget in the fragment. */
export function sceneUrl<Scene>(page: string, instance: string, codec: SceneCodec<Scene>, scene: Scene): string {
  const url = new URL(page);
  url.search = '';
  url.searchParams.set(sceneParam, encodeSceneValue(instance, codec, scene));
  url.hash = instance;
  return url.toString();
}

/** What the URL's query says to one widget instance. Total: any input gives an answer, never an exception. */
export function readScene<Scene>(search: string, instance: string, codec: SceneCodec<Scene>): SceneRead<Scene> {
  const value = queryValue(search, sceneParam);
  if (value === null) return { status: 'none' };
  const [target, version, ...rest] = value.split('.');
  if (target !== instance) return { status: 'none' };
  if (rest.length !== 1 || version === undefined || !/^\d{1,4}$/.test(version)) return { status: 'invalid' };
  if (Number(version) < codec.version) return { status: 'outdated' };
  if (Number(version) > codec.version) return { status: 'newer' };
  const payload = rest[0] ?? '';
  if (payload.length > maxPayloadLength || !payloadPattern.test(payload)) return { status: 'invalid' };
  let scene: Scene | null;
  try {
    scene = codec.decode(payload);
  } catch {
    scene = null;
  }
  return scene === null ? { status: 'invalid' } : { status: 'ok', scene };
}

/** A non-negative integer written in decimal, at most `max`; null otherwise. Shared by the codecs. */
export function parseCount(text: string | undefined, max: number): number | null {
  if (text === undefined || !/^(0|[1-9]\d{0,6})$/.test(text)) return null;
  const value = Number(text);
  return value <= max ? value : null;
}
