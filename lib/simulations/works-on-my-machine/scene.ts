import type { SceneCodec } from '../../share/scene-link';
import type { Scene, Simulation } from '../kernel';
import type { WorksOnMyMachineEvent } from './events';
import { builds, items, machines, options } from './machines';
import type { WorksOnMyMachineState } from './state';

// A scene is the reader's events joined by "_" (no clock, so no times): i run as installed, d run
// with Docker, b<n> the n-th build, <m><i><n> set machine m's item i to its n-th option, where m
// and i are indexes into the machine and item lists ("220": the server's font, its first option).

export const maxEntries = 200;

function tokenOf(event: WorksOnMyMachineEvent): string {
  switch (event.type) {
    case 'run':
      return event.mode === 'installed' ? 'i' : 'd';
    case 'build':
      return `b${builds.findIndex((candidate) => candidate.id === event.build)}`;
    case 'set': {
      const machine = machines.findIndex((candidate) => candidate.id === event.machine);
      const option = options[event.item].findIndex((candidate) => candidate.value === event.value);
      return `${machine}${items.indexOf(event.item)}${option}`;
    }
  }
}

function eventOf(token: string): WorksOnMyMachineEvent | null {
  if (token === 'i') return { type: 'run', mode: 'installed' };
  if (token === 'd') return { type: 'run', mode: 'docker' };
  const built = /^b(\d)$/.exec(token);
  if (built) {
    const found = builds[Number(built[1])];
    return found ? { type: 'build', build: found.id } : null;
  }
  const set = /^(\d)(\d)(\d)$/.exec(token);
  const machine = machines[Number(set?.[1])];
  const item = items[Number(set?.[2])];
  const option = item ? options[item][Number(set?.[3])] : undefined;
  return machine && item && option ? { type: 'set', machine: machine.id, item, value: option.value } : null;
}

/** The codec over a simulation (passed lazily: the simulation holds the codec). Every event must replay. */
export function sceneCodec(
  simulation: () => Simulation<WorksOnMyMachineState, WorksOnMyMachineEvent>,
): SceneCodec<Scene<WorksOnMyMachineEvent>> {
  return {
    version: 1,
    encode(scene) {
      // A scene the decoder would refuse is not written at all: the share button then says so.
      if (scene.entries.length > maxEntries) throw new Error('This scene is too long for a link');
      return scene.entries.map((entry) => tokenOf(entry.event)).join('_');
    },
    decode(payload) {
      const tokens = payload === '' ? [] : payload.split('_');
      if (tokens.length > maxEntries) return null;
      const sim = simulation();
      let state = sim.initial();
      const entries = [];
      for (const token of tokens) {
        const event = eventOf(token);
        const next = event ? sim.transition(state, event, 0) : state;
        if (!event || next === state) return null;
        entries.push({ at: 0, event });
        state = next;
      }
      return { entries, at: 0 };
    },
  };
}
