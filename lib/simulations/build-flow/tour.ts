import type { BuildFlowEvent } from './events';
import { recipe } from './recipe';
import { recipeChanged, type BuildFlowState } from './state';
import { transition } from './transition';

export type Variant = 'full' | 'compact';

/** The line the guided tour edits: the app code, the everyday change that shows the cache best. */
export const tourEditLine = recipe.findIndex((instruction) => instruction.edit?.ingredient === '앱 코드');

const tourRuns: Record<Variant, number> = { full: 3, compact: 2 };

// What 재생 and 다음 단계 do when there is nothing to redo: the next move of the lesson, read
// from the state so the tour carries on sensibly after the reader has clicked around on their own.
export function suggestNext(state: BuildFlowState, variant: Variant): BuildFlowEvent | null {
  if (state.build || state.images.length === 0) return { type: 'build-step' };
  if (variant === 'full') {
    if (recipeChanged(state)) return { type: 'build-step' };
    if (state.builds === 1) return { type: 'edit', line: tourEditLine };
  }
  if (state.runs < tourRuns[variant]) return { type: 'run' };
  return null;
}

/** Every state of the whole tour from the start, the initial state first. Time advances one second a step. */
export function playTour(variant: Variant, from: BuildFlowState): BuildFlowState[] {
  const states = [from];
  for (let event = suggestNext(from, variant); event; ) {
    const previous = states[states.length - 1] as BuildFlowState;
    const next = transition(previous, event, states.length * 1000);
    if (next === previous) break;
    states.push(next);
    event = suggestNext(next, variant);
  }
  return states;
}
