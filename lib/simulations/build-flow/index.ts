import { replayFinal, type Scene, type Simulation, type Timed } from '../kernel';
import { clock } from './clock';
import type { BuildFlowEvent } from './events';
import { narrate, type Variant } from './narrate';
import { sceneCodec } from './scene';
import { building, createInitialState, type BuildFlowState } from './state';
import { suggest } from './tour';
import { transition } from './transition';

export type { BuildFlowEvent } from './events';
export { clock, speedUp, tickMs } from './clock';
export { formatDuration, formatSize } from './format';
export { introduction, narrate, refusal, type Variant } from './narrate';
export { containerPort, editableLines, imageName, recipe, stepLines, type Instruction } from './recipe';
export { maxSceneEvents } from './scene';
export { appFilePath, dockerfilePath, editablePaths, initialFiles, presetEdit, type BuildContext } from './context';
export { planBuild, type Plan, type PlannedStep, type PlanResult, type Setting } from './plan';
export { buildLines } from './terminal';
export { maxFileLength } from './limits';
export {
  building,
  cachePlan,
  containerName,
  createInitialState,
  currentImage,
  findContainer,
  findImage,
  hostPorts,
  maxContainers,
  recipeChanged,
  tagOf,
  type Build,
  type BuildFlowState,
  type Container,
  type Image,
  type Layer,
  type StepResult,
} from './state';
export { terminal, type TerminalOutput } from './terminal';
export { suggest, tourEditLine } from './tour';
export { transition } from './transition';

type BuildFlowSimulation = Simulation<BuildFlowState, BuildFlowEvent>;

/**
 * The guided lesson as a scene: each suggested move, and after a build the clock's ticks until it
 * is done, as the live widget plays it when the reader presses 다음 단계 and waits.
 */
export function tourScene(simulation: BuildFlowSimulation): Scene<BuildFlowEvent> {
  const entries: Timed<BuildFlowEvent>[] = [];
  let state = simulation.initial();
  let now = 0;
  for (let event = simulation.suggest?.(state) ?? null; event !== null; event = simulation.suggest?.(state) ?? null) {
    entries.push({ at: now, event });
    state = replayFinal(simulation, [{ at: now, event }], { from: state, start: now });
    while (building(state)) {
      state = replayFinal(simulation, [], { from: state, start: now, until: now + clock.step });
      now += clock.step;
    }
  }
  return { entries, at: now };
}

/** One line per reader action of the tour: the narration once that action has settled. */
function tourTranscript(simulation: BuildFlowSimulation, variant: Variant): string[] {
  const { entries, at } = tourScene(simulation);
  const settled = entries.map((_, index) =>
    narrate(replayFinal(simulation, entries.slice(0, index + 1), { until: entries[index + 1]?.at ?? at }), variant),
  );
  return [narrate(simulation.initial(), variant), ...settled];
}

/** Computed once, on first use: the still figure and its transcript never change. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | null = null;
  return () => (value ??= { made: make() }).made;
}

function simulationFor(variant: Variant): BuildFlowSimulation {
  const base: BuildFlowSimulation = {
    id: 'build-flow',
    initial: createInitialState,
    transition: (state, event, now) => transition(state, event, now),
    narrate: (state) => narrate(state, variant),
    transcript: once(() => tourTranscript(base, variant)),
    still: once(() => {
      const scene = tourScene(base);
      return replayFinal(base, scene.entries, { until: scene.at });
    }),
    suggest: (state) => suggest(variant, state),
    clock,
  };
  return { ...base, codec: sceneCodec(base, variant) };
}

/** The chapter-3 widget: build, the cache, edits, ports, many containers on one image. */
export const buildFlowFull = simulationFor('full');
/** The chapter-1 widget: build once, run twice. */
export const buildFlowCompact = simulationFor('compact');
export const buildFlowSimulations: Record<Variant, BuildFlowSimulation> = { full: buildFlowFull, compact: buildFlowCompact };
