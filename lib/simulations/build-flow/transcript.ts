import { buildFinished, narrate } from './narrate';
import { createInitialState, findImage, type BuildFlowState } from './state';
import { playTour, type Variant } from './tour';

// The short text version of the tour, for readers without JavaScript, print and anyone who
// prefers to read: one line per action, a whole build folded into one line.
export function transcript(variant: Variant): string[] {
  const states = playTour(variant, createInitialState());
  const lines = ['Dockerfile은 이미지를 만드는 레시피입니다. 빌드하면 명령 한 줄이 레이어 하나가 됩니다.'];
  for (const state of states.slice(1)) {
    const step = state.step;
    if (step?.type !== 'layer') {
      lines.push(narrate(state, variant));
      continue;
    }
    if (!step.imageId) continue;
    const image = findImage(state, step.imageId);
    const built = state.builds === 1 ? 'Dockerfile을 빌드했습니다.' : '다시 빌드했습니다.';
    if (image) lines.push(`${built} ${buildFinished(image)}`);
  }
  return lines;
}

/** The state at the end of the tour, drawn as the still figure. */
export function finishedState(variant: Variant): BuildFlowState {
  const states = playTour(variant, createInitialState());
  return states[states.length - 1] as BuildFlowState;
}
