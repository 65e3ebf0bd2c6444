import { replay, type Scene, type Simulation } from '../kernel';
import { decodeBase64Url } from '../../browser/safe-decode';
import type { SceneCodec } from '../../share/scene-link';
import { listings, repository, teammates } from './catalog';
import { maxQueryLength, type DockerHubEvent, type DockerHubState } from './model';

// A docker-hub scene is the reader's events in order, one token each, joined by "~":
//   q<text>  search (the text as base64url UTF-8, so any query fits the URL-safe alphabet)
//   l<n>     select the n-th repository (the catalog's, then the team's)
//   b        build    p  push    u<n>  the n-th teammate pulls
// Only a scene whose every event the rules accept is a scene: a link edited by hand is refused.

export const maxSceneEvents = 200;

const names = [...listings.map((listing) => listing.name), repository];

function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function token(event: DockerHubEvent): string {
  switch (event.type) {
    case 'search':
      return `q${toBase64Url(event.query)}`;
    case 'select':
      return `l${names.indexOf(event.name)}`;
    case 'build':
      return 'b';
    case 'push':
      return 'p';
    case 'pull':
      return `u${teammates.indexOf(event.machine)}`;
  }
}

function event(text: string): DockerHubEvent | null {
  const [code, rest] = [text.slice(0, 1), text.slice(1)];
  if (code === 'q') {
    const query = decodeBase64Url(rest);
    return query === null || query.length > maxQueryLength ? null : { type: 'search', query };
  }
  if (code === 'b' && rest === '') return { type: 'build' };
  if (code === 'p' && rest === '') return { type: 'push' };
  const index = /^\d{1,2}$/.test(rest) ? Number(rest) : -1;
  if (code === 'l') {
    const name = names[index];
    return name === undefined ? null : { type: 'select', name };
  }
  if (code === 'u') {
    const machine = teammates[index];
    return machine === undefined ? null : { type: 'pull', machine };
  }
  return null;
}

/** The scene codec, checked against the rules of `simulation` (passed in to keep the import graph one-way). */
export function sceneCodec(simulation: Simulation<DockerHubState, DockerHubEvent>): SceneCodec<Scene<DockerHubEvent>> {
  return {
    version: 1,
    encode: (scene) => scene.entries.map((entry) => token(entry.event)).join('~'),
    decode(payload) {
      const tokens = payload === '' ? [] : payload.split('~');
      if (tokens.length > maxSceneEvents) return null;
      const events = tokens.map(event);
      if (events.some((candidate) => candidate === null)) return null;
      const entries = (events as DockerHubEvent[]).map((candidate) => ({ at: 0, event: candidate }));
      // Every event must change the state: replay drops refused ones, so the counts would differ.
      return replay(simulation, entries).length === entries.length + 1 ? { entries, at: 0 } : null;
    },
  };
}
