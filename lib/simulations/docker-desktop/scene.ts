import { replay, type Scene, type Simulation } from '../kernel';
import type { SceneCodec } from '../../share/scene-link';
import { systems, targets, type NginxEvent, type TeamEvent } from './model';

// A scene is the reader's events in order, one letter each, a digit after the letter where it
// picks the system or the computer:
//   nginx  o0/o1 mac/windows   r run   w browser   a advance
//   team   p publish           d0-d2 deploy to the mac, the Windows laptop, the server
// Each figure's codec reads only its own letters, and only a scene whose every event the rules
// accept is a scene: a link edited by hand is refused.

export const maxSceneEvents = 200;

type Letters<E> = {
  plain: Readonly<Record<string, E>>;
  picked: Readonly<Record<string, (digit: number) => E | null>>;
  token: (event: E) => string;
};

const nginxLetters: Letters<NginxEvent> = {
  plain: { r: { type: 'run' }, w: { type: 'open-browser' }, a: { type: 'advance' } },
  picked: { o: (digit) => (systems[digit] ? { type: 'choose-os', os: systems[digit] } : null) },
  token: (event) =>
    event.type === 'choose-os' ? `o${systems.indexOf(event.os)}` : { run: 'r', 'open-browser': 'w', advance: 'a' }[event.type],
};

const teamLetters: Letters<TeamEvent> = {
  plain: { p: { type: 'publish' } },
  picked: { d: (digit) => (targets[digit] ? { type: 'deploy', target: targets[digit] } : null) },
  token: (event) => (event.type === 'deploy' ? `d${targets.indexOf(event.target)}` : 'p'),
};

function read<E>(letters: Letters<E>, payload: string): E[] | null {
  const events: E[] = [];
  for (let index = 0; index < payload.length; index++) {
    const code = payload.charAt(index);
    const simple = letters.plain[code];
    if (simple) {
      events.push(simple);
      continue;
    }
    const pick = letters.picked[code];
    const digit = payload.charAt(index + 1);
    const event = pick && /^\d$/.test(digit) ? pick(Number(digit)) : null;
    if (!event) return null;
    events.push(event);
    index += 1;
  }
  return events;
}

function codecOf<S, E>(letters: Letters<E>, simulation: Simulation<S, E>): SceneCodec<Scene<E>> {
  return {
    version: 1,
    encode: (scene) => scene.entries.map((entry) => letters.token(entry.event)).join(''),
    decode(payload) {
      const events = payload.length > maxSceneEvents * 2 ? null : read(letters, payload);
      if (events === null || events.length > maxSceneEvents) return null;
      const entries = events.map((event) => ({ at: 0, event }));
      // Every event must change the state: replay keeps only the states that changed.
      return replay(simulation, entries).length === entries.length + 1 ? { entries, at: 0 } : null;
    },
  };
}

/** The scene codecs, checked against each story's rules (passed in to keep the import graph one-way). */
export const nginxSceneCodec = <S>(simulation: Simulation<S, NginxEvent>) => codecOf(nginxLetters, simulation);
export const teamSceneCodec = <S>(simulation: Simulation<S, TeamEvent>) => codecOf(teamLetters, simulation);
