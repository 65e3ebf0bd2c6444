import type { Simulation } from '../../simulations/kernel';
import type { EngineEvent } from './engine-events';
import type { EngineState, Project } from './engine-state';
import { transition } from './engine-transition';

// The docker-engine world as a kernel Simulation, for chapters whose terminal has no widget that
// draws the same world. The terminal is its only view, so the narration is what a screen-reader
// user hears after a command: a count of what the engine now holds.

export function engineState(project: Project, options: { pushed?: EngineState['pushed'] } = {}): EngineState {
  return {
    images: [],
    containers: [],
    serial: 0,
    user: null,
    pushed: options.pushed ?? {},
    builds: 0,
    project,
  };
}

export function narrateEngine(state: EngineState): string {
  const running = state.containers.filter((container) => container.state === 'running').length;
  return `이미지 ${state.images.length}개, 컨테이너 ${state.containers.length}개(실행 중 ${running}개)가 있습니다.`;
}

export function engineSimulation(id: string, initial: () => EngineState): Simulation<EngineState, EngineEvent> {
  return {
    id,
    initial,
    transition,
    narrate: narrateEngine,
    transcript: () => [narrateEngine(initial())],
    still: initial,
  };
}
