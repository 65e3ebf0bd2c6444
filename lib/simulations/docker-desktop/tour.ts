import { targets, type DesktopEvent, type DesktopState } from './model';

// What 다음 단계 does: follow the trip under way, else the lesson's next move, read from the state.
// My nginx: run it, open its page, try the same port once more; then the team's image everywhere.
export function suggest(state: DesktopState): DesktopEvent | null {
  const waiting = targets.find((target) => !state.running.includes(target));
  if (state.story === 'nginx') {
    if (state.trip) return { type: 'advance' };
    if (!state.containerRunning) return { type: 'run' };
    if (!state.pageShown) return { type: 'open-browser' };
    if (state.steps.nginx?.type !== 'port-taken') return { type: 'run' };
    return waiting ? { type: 'story', story: 'team' } : null;
  }
  if (!state.published) return { type: 'publish' };
  return waiting ? { type: 'deploy', target: waiting } : null;
}
