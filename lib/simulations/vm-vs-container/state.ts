import { capacity, facts, kinds, usableBytes, type Kind } from './costs';

export type Unit = {
  kind: Kind;
  /** 1, 2, 3 … in start order within its kind; stopping removes the newest, so they stay 1…n. */
  number: number;
  /** Simulated milliseconds at which it was started. */
  startedAt: number;
  /** Index into the kind's boot stages; equal to their count once the app is running. */
  stage: number;
};

/** The reader's latest accepted action: what the narration tells. Ticks never change it. */
export type Action =
  | { type: 'start'; kind: Kind; number: number }
  | { type: 'race' }
  | { type: 'fill'; kind: Kind; added: number; total: number }
  | { type: 'stop'; kind: Kind; number: number };

export type VmVsContainerState = {
  units: readonly Unit[];
  action: Action | null;
};

export function createInitialState(): VmVsContainerState {
  return { units: [], action: null };
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

/** "3번 가상 머신": a number before the name, so the particle after it never depends on how the number is read. */
export function unitName(unit: Pick<Unit, 'kind' | 'number'>): string {
  return `${unit.number}번 ${facts[unit.kind].name}`;
}

/** Simulated milliseconds since the unit was started. */
export function elapsedMs(unit: Unit, now: number): number {
  return Math.max(0, now - unit.startedAt);
}

/** The stage a unit has reached at `now`: the first one not yet finished. */
export function stageAt(unit: Unit, now: number): number {
  const elapsed = elapsedMs(unit, now);
  const stages = facts[unit.kind].stages;
  const index = stages.findIndex((stage) => elapsed < stage.until);
  return index === -1 ? stages.length : index;
}

/** How many more units of the kind fit in the host's memory now. */
export function room(state: VmVsContainerState, kind: Kind): number {
  return capacity(kind) - unitsOf(state, kind).length;
}

/** What the units of a kind cost right now. Memory is taken from the moment a unit starts. */
export function costs(state: VmVsContainerState, kind: Kind) {
  const units = unitsOf(state, kind);
  const fact = facts[kind];
  const memoryBytes = units.length * fact.memoryBytes;
  return {
    count: units.length,
    running: units.filter(isReady).length,
    /** Kernels booted for these units: one per VM, none for containers. */
    kernels: kind === 'vm' ? units.length : 0,
    memoryBytes,
    freeBytes: usableBytes - memoryBytes,
    diskBytes: units.length === 0 ? 0 : fact.sharedDiskBytes + units.length * fact.diskBytes,
  };
}

/** Whether the state could come from the rules: used to check the invariants and decoded scenes. */
export function isConsistent(state: VmVsContainerState): boolean {
  return kinds.every((kind) => {
    const units = unitsOf(state, kind);
    return units.length <= capacity(kind) && units.every((unit, index) => unit.number === index + 1);
  });
}
