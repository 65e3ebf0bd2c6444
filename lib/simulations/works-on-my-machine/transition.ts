import type { WorksOnMyMachineEvent } from './events';
import { builds, machines, options, type MachineId } from './machines';
import type { WorksOnMyMachineState } from './state';

function bumped(state: WorksOnMyMachineState, ids: readonly MachineId[]): WorksOnMyMachineState['revisions'] {
  if (state.mode === null) return state.revisions;
  const revisions = { ...state.revisions };
  for (const id of ids) revisions[id] += 1;
  return revisions;
}

// The rules. An event that changes nothing (running again the way it already runs, choosing the
// version or build already there, an unknown machine or version) returns the very same state object.
// There is no time in this widget: `now` is not used.
export function transition(state: WorksOnMyMachineState, event: WorksOnMyMachineEvent): WorksOnMyMachineState {
  switch (event.type) {
    case 'run': {
      if (state.mode === event.mode) return state;
      const next = { ...state, mode: event.mode };
      return { ...next, revisions: bumped(next, ['mac', 'windows', 'server']), action: { type: 'run', mode: event.mode } };
    }
    case 'set': {
      const environment = machines.some((candidate) => candidate.id === event.machine)
        ? state.environments[event.machine]
        : undefined;
      const known = options[event.item]?.some((option) => option.value === event.value);
      const from = environment?.[event.item];
      if (!environment || !known || from === undefined || from === event.value) return state;
      return {
        ...state,
        environments: { ...state.environments, [event.machine]: { ...environment, [event.item]: event.value } },
        // With Docker the machine's installs are not used, so its result does not change.
        revisions: state.mode === 'docker' ? state.revisions : bumped(state, [event.machine]),
        action: { type: 'set', machine: event.machine, item: event.item, from, to: event.value },
      };
    }
    case 'build': {
      if (state.build === event.build || !builds.some((candidate) => candidate.id === event.build)) return state;
      return {
        ...state,
        build: event.build,
        revisions: state.mode === 'docker' ? bumped(state, ['mac', 'windows', 'server']) : state.revisions,
        action: { type: 'build', from: state.build, to: event.build },
      };
    }
  }
}
