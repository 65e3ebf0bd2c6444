import { introduction, narrate } from './narrate';
import { findUnit } from './state';
import { playTour } from './tour';

// The text version of the tour, for readers without JavaScript, print and anyone who prefers to
// read. What a start involves is told once per kind; after that only each finished start.
export function transcript(): string[] {
  const told = new Set<string>();
  const lines = [introduction];
  for (const state of playTour().slice(1)) {
    const step = state.step;
    const kind = step && 'unitId' in step ? findUnit(state, step.unitId)?.kind : undefined;
    if (step?.type === 'start' && kind) {
      if (told.has(kind)) continue;
      told.add(kind);
    }
    lines.push(narrate(state));
  }
  return lines;
}
