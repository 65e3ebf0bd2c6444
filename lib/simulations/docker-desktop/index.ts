import { tour, type Simulation } from '../kernel';
import { createInitialState, transition, type DesktopEvent, type DesktopState } from './model';
import { hopText, introduction, narrate } from './narrate';
import { sceneCodec } from './scene';
import { suggest } from './tour';

export {
  createInitialState,
  currentStation,
  needsVm,
  stories,
  targets,
  teamImage,
  transition,
  trips,
  type DesktopEvent,
  type DesktopState,
  type NginxStep,
  type Os,
  type Station,
  type Story,
  type Target,
  type TeamStep,
  type TripKind,
} from './model';
export { hopText, introduction, narrate, osNames, portTaken, storyNames, targetNames, teamIntroduction, terminalNames, vmNames } from './narrate';
export { maxSceneEvents } from './scene';
export { commandFor, deployCommand, nginxCommand, portTakenLines, publishCommand, terminalLog } from './terminal';
export { suggest } from './tour';

const rules: Simulation<DesktopState, DesktopEvent> = {
  id: 'docker-desktop',
  initial: createInitialState,
  transition: (state, event) => transition(state, event),
  narrate,
  suggest,
  // The tour on a Mac, with the one step that differs on Windows right after it.
  transcript() {
    const lines = [introduction, ...tour(rules).slice(1).map(narrate)];
    const engine = lines.indexOf(hopText('mac', 'engine', 'run'));
    lines.splice(engine + 1, 0, `윈도우에서는: ${hopText('windows', 'engine', 'run')}`);
    return lines;
  },
  still: () => tour(rules).at(-1) as DesktopState,
};

/** Docker Desktop on a laptop: the path of `docker run`, and one team image on every computer. */
export const dockerDesktopSimulation: Simulation<DesktopState, DesktopEvent> = { ...rules, codec: sceneCodec(rules) };
