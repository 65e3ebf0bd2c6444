import { machines } from '@/lib/simulations/works-on-my-machine/machines';
import { outcome, type WorksOnMyMachineState } from '@/lib/simulations/works-on-my-machine/state';
import type { EngineState } from '@/lib/terminal/docker';
import { check, source } from '../source';
import { fromRepository, hasImage, running } from './engine';

// Chapter 1 (docker): the works-on-my-machine widget, and the chapter's docker terminal.
const widget = source<WorksOnMyMachineState>('works-on-my-machine');
const terminal = source<EngineState>('terminal-docker');

export const dockerChecks = {
  // Any way that makes the app run on all three: one image with Docker, or every machine's
  // installed tools set right by hand.
  'docker-works-everywhere': check(widget, (state) => machines.every((machine) => outcome(state, machine.id)?.works === true)),
  // Two nginx servers at once, each on its own port of this computer (the second needs another
  // name and another host port than the chapter's web on 8080).
  'docker-web-server': check(terminal, (state) => {
    const ports = running(state)
      .filter((container) => fromRepository(state, container.imageId, 'nginx'))
      .flatMap((container) => container.ports.filter((port) => port.container === '80/tcp').map((port) => port.host));
    return new Set(ports).size >= 2;
  }),
  // A web server ran, and now nothing is left: no container at all (docker ps -a is empty), the image kept.
  'docker-clean-up': check(
    terminal,
    (state) =>
      state.containers.length === 0 &&
      hasImage(state, 'nginx') &&
      (state.started ?? []).some((run) => fromRepository(state, run.imageId, 'nginx')),
  ),
};
