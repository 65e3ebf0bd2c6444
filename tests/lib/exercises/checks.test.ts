import { describe, expect, it } from 'vitest';
import { exerciseCheck } from '@/lib/exercises/catalog';
import { chapterExercises, exerciseIds, type ExerciseId } from '@/lib/exercises/ids';
import { buildFlowFull, building, type BuildFlowState } from '@/lib/simulations/build-flow';
import { dockerDesktopSimulation } from '@/lib/simulations/docker-desktop';
import { dockerHubSimulation } from '@/lib/simulations/docker-hub';
import { ORCHESTRATOR, type ClusterState } from '@/lib/simulations/orchestrator';
import { vmVsContainerSimulation } from '@/lib/simulations/vm-vs-container';
import { worksOnMyMachineSimulation } from '@/lib/simulations/works-on-my-machine';
import { backgroundWorld, containerWorld, dockerDesktopWorld, dockerHubWorld, dockerWorld } from '@/lib/terminal/docker';
import { KUBERNETES_WORLD } from '@/lib/terminal/kubectl';
import { Play } from './play';

const done = (id: ExerciseId, state: unknown) => exerciseCheck(id).done(state);

describe('the catalog', () => {
  it('has a check for every exercise id, and each chapter has 2 to 4', () => {
    for (const id of exerciseIds) expect(exerciseCheck(id)?.source.key, id).toMatch(/^[a-z0-9-]+$/);
    for (const ids of Object.values(chapterExercises)) expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const ids of Object.values(chapterExercises)) expect(ids.length).toBeLessThanOrEqual(4);
    expect(new Set(exerciseIds).size).toBe(exerciseIds.length);
  });

  it('is not done in any source’s starting state', () => {
    const starts: Record<string, unknown> = {
      'works-on-my-machine': worksOnMyMachineSimulation.initial(),
      'terminal-docker': dockerWorld.simulation.initial(),
      'terminal-background': backgroundWorld.simulation.initial(),
      'vm-vs-container': vmVsContainerSimulation.initial(),
      'build-flow-full': buildFlowFull.initial(),
      'docker-hub': dockerHubSimulation.initial(),
      'docker-desktop-nginx': dockerDesktopSimulation.nginx.initial(),
      'docker-desktop-team': dockerDesktopSimulation.team.initial(),
      'terminal-docker-desktop': dockerDesktopWorld.simulation.initial(),
      'orchestrator-sandbox': ORCHESTRATOR.sandbox.initial(),
    };
    for (const id of exerciseIds) {
      const key = exerciseCheck(id).source.key;
      expect(key in starts, `${id} reads ${key}`).toBe(true);
      expect(done(id, starts[key]), id).toBe(false);
    }
  });

  it('names the simulation each attached terminal runs on, so typing and buttons reach one state', () => {
    expect(containerWorld.simulation).toBe(buildFlowFull);
    expect(dockerHubWorld.simulation).toBe(dockerHubSimulation);
    expect(KUBERNETES_WORLD.simulation).toBe(ORCHESTRATOR.sandbox);
  });
});

describe('chapter 1 (docker)', () => {
  const widget = () => new Play(worksOnMyMachineSimulation);
  const terminal = () => new Play(dockerWorld.simulation, dockerWorld);

  it('works everywhere: with Docker, or by setting every machine up by hand; not while one machine fails', () => {
    expect(done('docker-works-everywhere', widget().press({ type: 'run', mode: 'docker' }).state)).toBe(true);
    expect(done('docker-works-everywhere', widget().press({ type: 'run', mode: 'installed' }).state)).toBe(false);
    const byHand = widget().press({ type: 'run', mode: 'installed' });
    for (const machine of ['mac', 'windows', 'server'] as const) {
      byHand.press(
        { type: 'set', machine, item: 'ruby', value: '3.4' },
        { type: 'set', machine, item: 'vips', value: '8.16' },
        { type: 'set', machine, item: 'font', value: 'yes' },
        { type: 'set', machine, item: 'database', value: 'postgres-17' },
      );
    }
    expect(done('docker-works-everywhere', byHand.state)).toBe(true);
    // An image for Apple silicon only does not start on the two Intel/AMD machines.
    const armOnly = widget().press({ type: 'build', build: 'arm64' }, { type: 'run', mode: 'docker' });
    expect(done('docker-works-everywhere', armOnly.state)).toBe(false);
  });

  it('web server: two nginx servers on two ports, by any flags; not one, not two on one port, not one stopped', () => {
    const first = () => terminal().type('docker run -d --name web -p 8080:80 nginx');
    expect(done('docker-web-server', first().state)).toBe(false);
    expect(done('docker-web-server', first().type('docker run -d --name web2 -p 8081:80 nginx').state)).toBe(true);
    expect(done('docker-web-server', first().type('docker run --publish 9090:80 --detach nginx:latest').state)).toBe(true);
    // The port is taken: Docker creates the container but cannot start it.
    expect(done('docker-web-server', first().type('docker run -d --name web2 -p 8080:80 nginx').state)).toBe(false);
    expect(done('docker-web-server', first().type('docker run -d --name web2 nginx').state)).toBe(false);
    expect(done('docker-web-server', first().type('docker run -d --name web2 -p 8081:80 nginx', 'docker stop web').state)).toBe(
      false,
    );
  });

  it('clean up: stop and remove (or rm -f) the web server; not while a container is left', () => {
    const started = () => terminal().type('docker run -d --name web -p 8080:80 nginx');
    expect(done('docker-clean-up', started().type('docker stop web', 'docker rm web').state)).toBe(true);
    expect(done('docker-clean-up', started().type('docker rm -f web').state)).toBe(true);
    expect(done('docker-clean-up', started().type('docker stop web').state)).toBe(false);
    expect(done('docker-clean-up', terminal().type('docker pull nginx').state)).toBe(false);
    // Cleaning up must keep the image: it is what the next run starts from.
    expect(done('docker-clean-up', started().type('docker rm -f web', 'docker rmi nginx').state)).toBe(false);
  });
});

describe('chapter 2 (background)', () => {
  const terminal = () => new Play(backgroundWorld.simulation, backgroundWorld);
  const widget = () => new Play(vmVsContainerSimulation);

  it('shared kernel: ubuntu ran uname -r, with --rm or without; not another command or image', () => {
    expect(done('background-shared-kernel', terminal().type('docker run --rm ubuntu uname -r').state)).toBe(true);
    expect(done('background-shared-kernel', terminal().type('docker run ubuntu uname -r').state)).toBe(true);
    expect(done('background-shared-kernel', terminal().type('docker run --rm ubuntu uname -a').state)).toBe(false);
    expect(done('background-shared-kernel', terminal().type('docker pull ubuntu').state)).toBe(false);
  });

  it('fill the host: both hosts full and every unit up, by 가득 채우기 or one at a time', () => {
    const filled = widget().press({ type: 'fill', kind: 'vm' }, { type: 'fill', kind: 'container' });
    expect(done('background-fill-host', filled.state)).toBe(false);
    expect(done('background-fill-host', filled.wait(120_000).state)).toBe(true);
    const oneByOne = widget().press({ type: 'fill', kind: 'container' });
    for (let i = 0; i < 20; i += 1) oneByOne.press({ type: 'start', kind: 'vm' });
    expect(done('background-fill-host', oneByOne.wait(120_000).state)).toBe(true);
    expect(done('background-fill-host', widget().press({ type: 'fill', kind: 'container' }).wait(120_000).state)).toBe(false);
  });
});

describe('chapter 3 (container)', () => {
  const play = () => new Play(buildFlowFull, containerWorld).type('cd myapp');
  const built = (state: BuildFlowState) => !building(state);
  const pressBuild = (p: Play<BuildFlowState, unknown>) => p.press({ type: 'build' }).waitFor(built, 600_000);

  it('two ports: by buttons or by typing; not one container, not one without -p', () => {
    const buttons = pressBuild(play() as Play<BuildFlowState, unknown>).press(
      { type: 'run', port: 8080 },
      { type: 'run', port: 8081 },
    );
    expect(done('container-two-ports', buttons.state)).toBe(true);
    const typed = play().type('docker build -t myapp .', 'docker run -d -p 8080:3000 myapp', 'docker run -d -p 3000:3000 myapp');
    expect(done('container-two-ports', typed.state)).toBe(true);
    expect(done('container-two-ports', play().type('docker build -t myapp .', 'docker run -d -p 8080:3000 myapp').state)).toBe(
      false,
    );
    expect(
      done(
        'container-two-ports',
        play().type('docker build -t myapp .', 'docker run -d -p 8080:3000 myapp', 'docker run -d myapp').state,
      ),
    ).toBe(false);
    // The second one stopped: only one is running.
    expect(done('container-two-ports', typed.type('docker stop rails-2').state)).toBe(false);
  });

  it('last layer: an app-code change rebuilds only COPY . .; a Gemfile change, no change or a first build do not count', () => {
    const first = play().type('docker build -t myapp .');
    expect(done('container-last-layer', first.state)).toBe(false);
    expect(done('container-last-layer', first.type('docker build -t myapp .').state)).toBe(false);
    const appLine = buildFlowFull.initial().revisions.length - 3; // COPY . ., before EXPOSE and CMD
    const typed = play().type('docker build -t myapp .').press({ type: 'edit', line: appLine }).type('docker build -t myapp .');
    expect(done('container-last-layer', typed.state)).toBe(true);
    const buttons = pressBuild(pressBuild(play() as Play<BuildFlowState, unknown>).press({ type: 'edit', line: appLine }));
    expect(done('container-last-layer', buttons.state)).toBe(true);
    const gemfile = play().type('docker build -t myapp .').press({ type: 'edit', line: 3 }).type('docker build -t myapp .');
    expect(done('container-last-layer', gemfile.state)).toBe(false);
  });
});

describe('chapter 4 (docker-hub)', () => {
  const play = () => new Play(dockerHubSimulation, dockerHubWorld);

  it('share 1.0: typed tag and push, then a teammate pulls; or all by buttons; not before a teammate has it', () => {
    const pushed = play().type('docker tag myapp myteam/myapp:1.0', 'docker push myteam/myapp:1.0');
    expect(done('docker-hub-share', pushed.state)).toBe(false);
    expect(done('docker-hub-share', pushed.press({ type: 'pull', machine: 'minji' }).state)).toBe(true);
    const buttons = play().press({ type: 'build' }, { type: 'push' }, { type: 'pull', machine: 'junho' });
    expect(done('docker-hub-share', buttons.state)).toBe(true);
    expect(done('docker-hub-update', buttons.state)).toBe(false);
  });

  it('update to 1.1: pushed and pulled by a teammate', () => {
    const updated = play()
      .type('docker tag myapp myteam/myapp:1.0', 'docker push myteam/myapp:1.0')
      .press({ type: 'pull', machine: 'minji' }, { type: 'build' })
      .type('docker push myteam/myapp:1.1');
    expect(done('docker-hub-update', updated.state)).toBe(false);
    expect(done('docker-hub-update', updated.press({ type: 'pull', machine: 'minji' }).state)).toBe(true);
  });
});

describe('chapter 5 (docker-desktop)', () => {
  it('nginx page: the browser showed it, on either computer; not when only the container runs', () => {
    const nginx = new Play(dockerDesktopSimulation.nginx).press({ type: 'choose-os', os: 'windows' }, { type: 'run' });
    for (let i = 0; i < 3; i += 1) nginx.press({ type: 'advance' });
    expect(done('docker-desktop-nginx-page', nginx.state)).toBe(false);
    nginx.press({ type: 'open-browser' });
    for (let i = 0; i < 3; i += 1) nginx.press({ type: 'advance' });
    expect(done('docker-desktop-nginx-page', nginx.state)).toBe(true);
  });

  it('team everywhere: all three computers run the pushed image', () => {
    const team = new Play(dockerDesktopSimulation.team).press(
      { type: 'publish' },
      { type: 'deploy', target: 'server' },
      { type: 'deploy', target: 'mac' },
    );
    expect(done('docker-desktop-team-everywhere', team.state)).toBe(false);
    expect(done('docker-desktop-team-everywhere', team.press({ type: 'deploy', target: 'windows' }).state)).toBe(true);
  });

  it('compose up: both services up with the team image; not with web stopped, not after down', () => {
    const terminal = () => new Play(dockerDesktopWorld.simulation, dockerDesktopWorld);
    expect(done('docker-desktop-compose-up', terminal().type('docker compose up -d').state)).toBe(true);
    expect(done('docker-desktop-compose-up', terminal().type('docker compose up -d', 'docker stop myapp-web-1').state)).toBe(
      false,
    );
    expect(done('docker-desktop-compose-up', terminal().type('docker compose up -d', 'docker compose down').state)).toBe(false);
  });
});

describe('chapter 6 (kubernetes)', () => {
  const play = () => new Play<ClusterState, unknown>(ORCHESTRATOR.sandbox, KUBERNETES_WORLD as never).wait(5);
  const check = (id: ExerciseId) => (state: ClusterState) => done(id, state);

  it('scale to 5: by kubectl scale, or by load the autoscaler answers with 5; done once all 5 serve', () => {
    const typed = play().type('kubectl scale deployment/web --replicas=5');
    expect(done('kubernetes-scale', typed.state)).toBe(false);
    expect(done('kubernetes-scale', typed.waitFor(check('kubernetes-scale'), 120).state)).toBe(true);
    const byLoad = play().press({ type: 'set-load', rps: 175 });
    expect(done('kubernetes-scale', byLoad.waitFor(check('kubernetes-scale'), 240).state)).toBe(true);
    expect(done('kubernetes-scale', play().type('kubectl scale deployment/web --replicas=4').wait(120).state)).toBe(false);
  });

  it('self-healing: a deleted pod is replaced by a new one, typed or pressed; a crashed container is not a deletion', () => {
    const typed = play();
    const name = typed.state.pods[0]?.name ?? '';
    typed.type(`kubectl delete pod ${name}`);
    expect(done('kubernetes-self-healing', typed.state)).toBe(false);
    expect(done('kubernetes-self-healing', typed.waitFor(check('kubernetes-self-healing'), 120).state)).toBe(true);
    expect(typed.state.pods.map((pod) => pod.name)).not.toContain(name);
    const pressed = play();
    pressed.press({ type: 'delete-pod', pod: pressed.state.pods[1]?.name ?? '' });
    expect(done('kubernetes-self-healing', pressed.waitFor(check('kubernetes-self-healing'), 120).state)).toBe(true);
    const crashed = play();
    crashed.press({ type: 'crash-pod', pod: crashed.state.pods[0]?.name ?? '' });
    expect(done('kubernetes-self-healing', crashed.wait(120).state)).toBe(false);
  });

  it('bad rollout: 1.2 rolled out and rolled back, typed or pressed; not a good version rolled back, not 1.2 left running', () => {
    const typed = play().type('kubectl set image deployment/web web=myteam/myapp:1.2').wait(60);
    expect(done('kubernetes-bad-rollout', typed.state)).toBe(false);
    typed.type('kubectl describe pods', 'kubectl rollout undo deployment/web');
    expect(done('kubernetes-bad-rollout', typed.waitFor(check('kubernetes-bad-rollout'), 180).state)).toBe(true);
    const pressed = play().press({ type: 'deploy-version', version: 'v3' }).wait(30).press({ type: 'rollback' });
    expect(done('kubernetes-bad-rollout', pressed.waitFor(check('kubernetes-bad-rollout'), 180).state)).toBe(true);
    const good = play().press({ type: 'deploy-version', version: 'v2' }).wait(60).press({ type: 'rollback' });
    expect(done('kubernetes-bad-rollout', good.wait(180).state)).toBe(false);
    expect(done('kubernetes-bad-rollout', play().press({ type: 'deploy-version', version: 'v3' }).wait(180).state)).toBe(false);
  });
});
