import { facts } from './costs';
import type { VmVsContainerEvent } from './events';
import { apps, createInitialState, isReady, stageAt, unitsOf, type Step, type Unit, type VmVsContainerState } from './state';

// The rules. Events that change nothing (a fifth VM, stopping when there is none, a tick in which
// no unit reaches a new stage, resetting the initial state) return the very same state object.
export function transition(state: VmVsContainerState, event: VmVsContainerEvent, now: number): VmVsContainerState {
  switch (event.type) {
    case 'start': {
      const mine = unitsOf(state, event.kind);
      if (mine.length >= facts[event.kind].max) return state;
      // The lowest free letter, so stopping D and starting again gives D back.
      const app = apps.find((letter) => !mine.some((unit) => unit.app === letter)) ?? 'A';
      const unit: Unit = { id: `${event.kind}-${app}`, kind: event.kind, app, startedAt: now, stage: 0 };
      return { units: [...state.units, unit], step: { type: 'start', unitId: unit.id } };
    }
    case 'stop': {
      const newest = unitsOf(state, event.kind).at(-1);
      if (!newest) return state;
      return { units: state.units.filter((unit) => unit !== newest), step: { type: 'stop', kind: event.kind, app: newest.app } };
    }
    case 'tick': {
      let step: Step | null = null;
      const units = state.units.map((unit) => {
        const stage = stageAt(unit, now);
        if (stage <= unit.stage) return unit;
        const moved = { ...unit, stage };
        // One sentence per tick: a unit that became ready outranks one that only moved on.
        if (isReady(moved) || step?.type !== 'ready') step = { type: isReady(moved) ? 'ready' : 'stage', unitId: unit.id };
        return moved;
      });
      return step ? { units, step } : state;
    }
    case 'reset':
      return state.units.length === 0 && state.step === null ? state : { ...createInitialState(), step: { type: 'reset' } };
  }
}
