import { replay, type Scene, type Simulation } from '../kernel';
import type { SceneCodec } from '../../share/scene-link';
import { stories, targets, type DesktopEvent, type DesktopState, type Os } from './model';

// A docker-desktop scene is the reader's events in order, one letter each (a digit after the
// letter picks the story, system or computer):
//   s0/s1 story    o0/o1 mac/windows    r run    w browser    a advance    p publish    d0-d2 deploy
// Only a scene whose every event the rules accept is a scene: a link edited by hand is refused.

export const maxSceneEvents = 200;

const systems: readonly Os[] = ['mac', 'windows'];

function token(event: DesktopEvent): string {
  switch (event.type) {
    case 'story':
      return `s${stories.indexOf(event.story)}`;
    case 'choose-os':
      return `o${systems.indexOf(event.os)}`;
    case 'run':
      return 'r';
    case 'open-browser':
      return 'w';
    case 'advance':
      return 'a';
    case 'publish':
      return 'p';
    case 'deploy':
      return `d${targets.indexOf(event.target)}`;
  }
}

const plain: Readonly<Record<string, DesktopEvent>> = { r: { type: 'run' }, w: { type: 'open-browser' }, a: { type: 'advance' }, p: { type: 'publish' } };

function read(payload: string): DesktopEvent[] | null {
  const events: DesktopEvent[] = [];
  for (let index = 0; index < payload.length; index++) {
    const code = payload.charAt(index);
    const simple = plain[code];
    if (simple) {
      events.push(simple);
      continue;
    }
    const pick = Number(payload.charAt(index + 1));
    index += 1;
    const story = code === 's' ? stories[pick] : undefined;
    const os = code === 'o' ? systems[pick] : undefined;
    const target = code === 'd' ? targets[pick] : undefined;
    if (story) events.push({ type: 'story', story });
    else if (os) events.push({ type: 'choose-os', os });
    else if (target) events.push({ type: 'deploy', target });
    else return null;
  }
  return events;
}

/** The scene codec, checked against the rules of `simulation` (passed in to keep the import graph one-way). */
export function sceneCodec(simulation: Simulation<DesktopState, DesktopEvent>): SceneCodec<Scene<DesktopEvent>> {
  return {
    version: 1,
    encode: (scene) => scene.entries.map((entry) => token(entry.event)).join(''),
    decode(payload) {
      const events = payload.length > maxSceneEvents * 2 ? null : read(payload);
      if (events === null || events.length > maxSceneEvents) return null;
      const entries = events.map((event) => ({ at: 0, event }));
      // Every event must change the state: replay keeps only the states that changed.
      return replay(simulation, entries).length === entries.length + 1 ? { entries, at: 0 } : null;
    },
  };
}
