import { targets, type NginxState, type TeamState } from '@/lib/simulations/docker-desktop/model';
import type { EngineState } from '@/lib/terminal/docker';
import { check, source } from '../source';
import { running, tagsOf } from './engine';

// Chapter 5 (docker-desktop): the widget's two figures and the chapter's terminal (the team's project).
const nginx = source<NginxState>('docker-desktop-nginx');
const team = source<TeamState>('docker-desktop-team');
const terminal = source<EngineState>('terminal-docker-desktop');

export const dockerDesktopChecks = {
  // The browser has shown nginx's page through the published port, on either computer.
  'docker-desktop-nginx-page': check(nginx, (state) => state.pageShown),
  'docker-desktop-team-everywhere': check(team, (state) => targets.every((target) => state.running.includes(target))),
  // compose.yaml's two services are up, web from the image compose.yaml names (the team's pushed
  // myteam/myapp:1.0), not a local build.
  'docker-desktop-compose-up': check(terminal, (state) => {
    const up = running(state);
    const web = state.project.compose?.find((service) => service.name === 'web');
    return (
      web !== undefined &&
      up.some((container) => container.service === 'db') &&
      up.some((container) => container.service === 'web' && tagsOf(state, container.imageId).includes(web.image))
    );
  }),
};
