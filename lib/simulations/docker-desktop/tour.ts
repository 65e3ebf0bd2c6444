import { targets, type NginxEvent, type NginxState, type TeamEvent, type TeamState } from './model';

// What 다음 단계 does: follow the trip under way, else the lesson's next move, read from the state.
// My nginx: run it, open its page, try the same port once more.
export function suggestNginx(state: NginxState): NginxEvent | null {
  if (state.trip) return { type: 'advance' };
  if (!state.containerRunning) return { type: 'run' };
  if (!state.pageShown) return { type: 'open-browser' };
  return state.step?.type === 'port-taken' ? null : { type: 'run' };
}

// The team's image: the lead's push, then every computer runs it.
export function suggestTeam(state: TeamState): TeamEvent | null {
  if (!state.published) return { type: 'publish' };
  const waiting = targets.find((target) => !state.running.includes(target));
  return waiting ? { type: 'deploy', target: waiting } : null;
}
