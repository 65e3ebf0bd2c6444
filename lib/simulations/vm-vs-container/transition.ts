import { kinds, type Kind } from './costs';
import type { VmVsContainerEvent } from './events';
import { isBooting, room, stageAt, unitsOf, type Unit, type VmVsContainerState } from './state';

function started(state: VmVsContainerState, kind: Kind, count: number, now: number): Unit[] {
  const first = unitsOf(state, kind).length + 1;
  return Array.from({ length: count }, (_, index) => ({ kind, number: first + index, startedAt: now, stage: 0 }));
}

// The rules. An event that changes nothing (a start that does not fit in memory, stopping when
// there is none, a tick in which no unit reaches a new stage) returns the very same state object.
export function transition(state: VmVsContainerState, event: VmVsContainerEvent, now: number): VmVsContainerState {
  switch (event.type) {
    case 'start': {
      if (room(state, event.kind) < 1) return state;
      const [unit] = started(state, event.kind, 1, now);
      if (!unit) return state;
      return { units: [...state.units, unit], action: { type: 'start', kind: event.kind, number: unit.number } };
    }
    case 'race': {
      if (kinds.some((kind) => room(state, kind) < 1)) return state;
      return { units: [...state.units, ...kinds.flatMap((kind) => started(state, kind, 1, now))], action: { type: 'race' } };
    }
    case 'fill': {
      const added = room(state, event.kind);
      if (added < 1) return state;
      const units = [...state.units, ...started(state, event.kind, added, now)];
      return { units, action: { type: 'fill', kind: event.kind, added, total: unitsOf(state, event.kind).length + added } };
    }
    case 'stop': {
      const newest = unitsOf(state, event.kind).at(-1);
      if (!newest) return state;
      return {
        units: state.units.filter((unit) => unit !== newest),
        action: { type: 'stop', kind: event.kind, number: newest.number },
      };
    }
    case 'tick': {
      if (!isBooting(state)) return state;
      let moved = false;
      const units = state.units.map((unit) => {
        const stage = stageAt(unit, now);
        if (stage <= unit.stage) return unit;
        moved = true;
        return { ...unit, stage };
      });
      return moved ? { ...state, units } : state;
    }
  }
}
