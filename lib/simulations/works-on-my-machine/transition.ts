import type { WorksOnMyMachineEvent } from './events';
import { machines, options } from './machines';
import { createInitialState, isInitial, type WorksOnMyMachineState } from './state';

// The rules. An event that changes nothing (running again the way it already runs, choosing the
// version already installed, an unknown machine or version) returns the very same state object.
export function transition(state: WorksOnMyMachineState, event: WorksOnMyMachineEvent, now: number): WorksOnMyMachineState {
  switch (event.type) {
    case 'run':
      if (state.mode === event.mode) return state;
      return {
        ...state,
        mode: event.mode,
        ranAt: { mac: now, windows: now, server: now },
        step: { type: 'run', mode: event.mode },
      };
    case 'set': {
      const environment = machines.some((machine) => machine.id === event.machine) ? state.environments[event.machine] : undefined;
      const known = options[event.item]?.some((option) => option.value === event.value);
      const from = environment?.[event.item];
      if (!environment || !known || from === undefined || from === event.value) return state;
      return {
        ...state,
        environments: { ...state.environments, [event.machine]: { ...environment, [event.item]: event.value } },
        ranAt: state.mode === null ? state.ranAt : { ...state.ranAt, [event.machine]: now },
        step: { type: 'set', machine: event.machine, item: event.item, from, to: event.value },
      };
    }
    case 'reset':
      if (isInitial(state)) return state;
      return { ...createInitialState(), step: { type: 'reset' } };
  }
}
