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
  // An nginx container is running with a port of this computer published to nginx's port 80.
  'docker-web-server': check(terminal, (state) =>
    running(state).some(
      (container) =>
        fromRepository(state, container.imageId, 'nginx') && container.ports.some((port) => port.container === '80/tcp'),
    ),
  ),
  // A web server ran, and now nothing is left: no container at all (docker ps -a is empty), the image kept.
  'docker-clean-up': check(
    terminal,
    (state) =>
      state.containers.length === 0 &&
      hasImage(state, 'nginx') &&
      (state.started ?? []).some((run) => fromRepository(state, run.imageId, 'nginx')),
  ),
};
