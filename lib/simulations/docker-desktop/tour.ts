import { hopText, introduction, narrate } from './narrate';
import { createInitialState, targets, transition, type DesktopEvent, type DesktopState } from './model';
import { playTour as followTour } from '../shared/play-tour';

// What 다음 단계 does: follow the trip under way, else the lesson's next move, read from the state.
export function suggestNext(state: DesktopState): DesktopEvent | null {
  if (state.trip) return { type: 'advance' };
  if (!state.containerRunning && !state.pageShown) return { type: 'run' };
  if (state.containerRunning && !state.pageShown) return { type: 'open-browser' };
  if (!state.published) return { type: 'publish' };
  const target = targets.find((candidate) => !state.running.includes(candidate));
  return target ? { type: 'deploy', target } : null;
}

export function playTour(from: DesktopState = createInitialState()): DesktopState[] {
  return followTour(from, suggestNext, transition);
}

/** The tour on a Mac as text, with the one step that differs on Windows. */
export function transcript(): string[] {
  const lines = [introduction, ...playTour().slice(1).map(narrate)];
  const engine = lines.indexOf(hopText('mac', 'engine', 'run'));
  lines.splice(engine + 1, 0, `윈도우에서는: ${hopText('windows', 'engine', 'run')}`);
  return lines;
}

export function finishedState(): DesktopState {
  const states = playTour();
  return states[states.length - 1] as DesktopState;
}
