import { bootSeconds, facts, timeScale, type Kind } from './costs';

export type Unit = {
  id: string;
  kind: Kind;
  /** The app it runs, A to D, as in the still diagram: 가상 머신 A, 컨테이너 A. */
  app: string;
  startedAt: number;
  /** Index into the kind's boot stages; equal to their count once the app is running. */
  stage: number;
};

export type Step =
  | { type: 'start'; unitId: string }
  | { type: 'stage'; unitId: string }
  | { type: 'ready'; unitId: string }
  | { type: 'stop'; kind: Kind; app: string }
  | { type: 'reset' };

export type VmVsContainerState = {
  units: readonly Unit[];
  step: Step | null;
};

export const apps = ['A', 'B', 'C', 'D'] as const;

export function createInitialState(): VmVsContainerState {
  return { units: [], step: null };
}

export function unitsOf(state: VmVsContainerState, kind: Kind): Unit[] {
  return state.units.filter((unit) => unit.kind === kind);
}

export function isReady(unit: Unit): boolean {
  return unit.stage >= facts[unit.kind].stages.length;
}

export function isBooting(state: VmVsContainerState): boolean {
  return state.units.some((unit) => !isReady(unit));
}

export function findUnit(state: VmVsContainerState, id: string): Unit | null {
  return state.units.find((unit) => unit.id === id) ?? null;
}

export function unitName(unit: Pick<Unit, 'kind' | 'app'>): string {
  return `${facts[unit.kind].name} ${unit.app}`;
}

/** Simulated seconds since the unit was started, at real time `now` (milliseconds). */
export function elapsedSeconds(unit: Unit, now: number): number {
  return Math.max(0, ((now - unit.startedAt) * timeScale) / 1000);
}

/** The stage a unit has reached at `now`: the first one not yet finished. */
export function stageAt(unit: Unit, now: number): number {
  const elapsed = elapsedSeconds(unit, now);
  const stages = facts[unit.kind].stages;
  const index = stages.findIndex((stage) => elapsed < stage.until);
  return index === -1 ? stages.length : index;
}

/** What the units of a kind cost right now. Memory is taken from the moment a unit starts. */
export function costs(state: VmVsContainerState, kind: Kind) {
  const units = unitsOf(state, kind);
  const fact = facts[kind];
  return {
    count: units.length,
    running: units.filter(isReady).length,
    /** Kernels booted for these units: one per VM, none for containers. */
    kernels: kind === 'vm' ? units.length : 0,
    memoryBytes: units.length * fact.memoryBytes,
    diskBytes: units.length === 0 ? 0 : fact.sharedDiskBytes + units.length * fact.diskBytes,
    startSeconds: bootSeconds(kind),
  };
}
