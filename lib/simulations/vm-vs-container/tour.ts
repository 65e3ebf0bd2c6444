import { replayFinal, tour, type Simulation } from '../kernel';
import { bootMs } from './costs';
import type { VmVsContainerEvent } from './events';
import { introduction, narrate } from './narrate';
import { room, type VmVsContainerState } from './state';

type VmVsContainerSimulation = Simulation<VmVsContainerState, VmVsContainerEvent>;

// The lesson: race one of each, then fill one host with VMs and the other with containers. It is
// also what 다음 단계 suggests from wherever the reader is, so it goes on from their own state.
export function suggest(state: VmVsContainerState): VmVsContainerEvent | null {
  if (state.units.length === 0) return { type: 'race' };
  if (room(state, 'vm') > 0) return { type: 'fill', kind: 'vm' };
  if (room(state, 'container') > 0) return { type: 'fill', kind: 'container' };
  return null;
}

/** The text version of the lesson, for readers without JavaScript, print and anyone who prefers to read. */
export function lessonTranscript(simulation: VmVsContainerSimulation): string[] {
  return [introduction, ...tour(simulation).slice(1).map(narrate)];
}

/** The still figure: the lesson's end, once every unit has booted. */
export function lessonStill(simulation: VmVsContainerSimulation): VmVsContainerState {
  const end = tour(simulation).at(-1) ?? simulation.initial();
  return replayFinal(simulation, [], { from: end, until: bootMs('vm') });
}
