import { tour, type Simulation } from '../kernel';
import {
  createNginxState,
  createTeamState,
  nginxTransition,
  teamTransition,
  type NginxEvent,
  type NginxState,
  type TeamEvent,
  type TeamState,
} from './model';
import { hopText, introduction, narrateNginx, narrateTeam, teamIntroduction } from './narrate';
import { nginxSceneCodec, teamSceneCodec } from './scene';
import { suggestNginx, suggestTeam } from './tour';

export {
  createNginxState,
  createTeamState,
  currentStation,
  needsVm,
  nginxTransition,
  systems,
  targets,
  teamImage,
  teamTransition,
  trips,
  type NginxEvent,
  type NginxState,
  type NginxStep,
  type Os,
  type Station,
  type Target,
  type TeamEvent,
  type TeamState,
  type TeamStep,
  type TripKind,
} from './model';
export {
  hopText,
  introduction,
  narrateNginx,
  narrateTeam,
  osNames,
  portTaken,
  targetNames,
  teamIntroduction,
  terminalNames,
  vmNames,
} from './narrate';
export { maxSceneEvents } from './scene';
export {
  deployCommand,
  nginxCommand,
  nginxCommandFor,
  nginxTerminalLog,
  portTakenLines,
  publishCommand,
  teamCommandFor,
} from './terminal';
export { suggestNginx, suggestTeam } from './tour';

const nginxRules: Simulation<NginxState, NginxEvent> = {
  id: 'docker-desktop',
  initial: createNginxState,
  transition: (state, event) => nginxTransition(state, event),
  narrate: narrateNginx,
  suggest: suggestNginx,
  // The tour on a Mac, with the one step that differs on Windows right after it.
  transcript() {
    const lines = [introduction, ...tour(nginxRules).slice(1).map(narrateNginx)];
    const engine = lines.indexOf(hopText('mac', 'engine', 'run'));
    lines.splice(engine + 1, 0, `윈도우에서는: ${hopText('windows', 'engine', 'run')}`);
    return lines;
  },
  still: () => tour(nginxRules).at(-1) as NginxState,
};

const teamRules: Simulation<TeamState, TeamEvent> = {
  id: 'docker-desktop',
  initial: createTeamState,
  transition: (state, event) => teamTransition(state, event),
  narrate: narrateTeam,
  suggest: suggestTeam,
  transcript: () => [teamIntroduction, ...tour(teamRules).slice(1).map(narrateTeam)],
  still: () => tour(teamRules).at(-1) as TeamState,
};

/**
 * Docker Desktop's two stories, two figures of the one widget kind (instances
 * docker-desktop-nginx and docker-desktop-team), each with its own narration, steps and links:
 * the path of `docker run` on a laptop, and one team image on every computer.
 */
export const dockerDesktopSimulation = {
  nginx: { ...nginxRules, codec: nginxSceneCodec(nginxRules) } satisfies Simulation<NginxState, NginxEvent>,
  team: { ...teamRules, codec: teamSceneCodec(teamRules) } satisfies Simulation<TeamState, TeamEvent>,
} as const;
