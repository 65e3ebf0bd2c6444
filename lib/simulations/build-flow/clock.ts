import type { SimulationClock } from '../kernel';
import type { BuildFlowEvent } from './events';
import { building, type BuildFlowState } from './state';

/** Simulated milliseconds of build work per tick. */
export const tickMs = 3_000;
/** How much faster than the simulated times the screen plays a build. */
export const speedUp = 30;

// The clock only moves a build along; nothing else in this widget takes time. Cached steps cost
// nothing, so a whole cached build finishes within one tick: the moment the cache clicks.
export const clock: SimulationClock<BuildFlowState, BuildFlowEvent> = {
  event: { type: 'tick' },
  step: tickMs,
  realMs: tickMs / speedUp,
  runs: building,
  note: `빌드 시간은 보통 노트북에서 걸리는 정도를 어림한 값이고, 화면에서는 ${speedUp}배 빠르게 보여 줍니다.`,
};
