import { describe, expect, it } from 'vitest';
import { can, tour } from '@/lib/simulations/kernel';
import {
  currentStation,
  dockerDesktopSimulation,
  nginxCommandFor,
  nginxTerminalLog,
  teamCommandFor,
  trips,
  type NginxEvent,
  type NginxState,
  type TeamEvent,
  type TeamState,
} from '@/lib/simulations/docker-desktop';

const { nginx, team } = dockerDesktopSimulation;
const play = (state: NginxState, ...events: NginxEvent[]) =>
  events.reduce((current, event) => nginx.transition(current, event, 0), state);
const deploy = (state: TeamState, ...events: TeamEvent[]) =>
  events.reduce((current, event) => team.transition(current, event, 0), state);
const initial = nginx.initial();
const advanceAll = (state: NginxState) => {
  let current = state;
  while (current.trip) current = nginx.transition(current, { type: 'advance' }, 0);
  return current;
};
const running = () => advanceAll(play(initial, { type: 'run' }));

describe('docker run on a laptop', () => {
  it('goes from the CLI to the engine in the VM, pulls nginx from Docker Hub and starts the container, one press per station', () => {
    let state = play(initial, { type: 'run' });
    const stations = [currentStation(state)];
    while (state.trip) {
      expect(state.containerRunning).toBe(false);
      state = nginx.transition(state, { type: 'advance' }, 0);
      stations.push(currentStation(state));
    }
    expect(stations).toEqual(['cli', 'engine', 'hub', 'container']);
    expect(state.containerRunning).toBe(true);
    expect(nginxCommandFor(state)).toBe('docker run -p 8080:80 nginx');
    expect(nginxTerminalLog(state)[0]).toBe("Unable to find image 'nginx:latest' locally");
    // Nothing moves by itself (the old widget moved on every 2.6 s): there is no clock.
    expect(nginx.clock).toBeUndefined();
  });

  it('names the Apple Virtualization framework on a Mac and WSL 2 on Windows', () => {
    const engine = (os: 'mac' | 'windows') => {
      const start = os === 'mac' ? initial : play(initial, { type: 'choose-os', os });
      return nginx.narrate(play(start, { type: 'run' }, { type: 'advance' }));
    };
    expect(engine('mac')).toContain('Apple 가상화 프레임워크');
    expect(engine('windows')).toContain('WSL 2');
    expect(engine('windows')).not.toContain('Apple');
  });

  it('the browser reaches the container through the published port and gets the page back', () => {
    let state = play(running(), { type: 'open-browser' });
    const stations = [currentStation(state)];
    while (state.trip) {
      state = nginx.transition(state, { type: 'advance' }, 0);
      stations.push(currentStation(state));
    }
    expect(stations).toEqual(trips.request);
    expect(state.pageShown).toBe(true);
    expect(nginx.narrate(state)).toContain('Welcome to nginx!');
  });

  it('a second docker run -p 8080:80 fails with the engine\'s "port is already allocated" error instead of being greyed out', () => {
    const before = running();
    expect(can(nginx, before, { type: 'run' }, 0)).toBe(true);
    const state = play(before, { type: 'run' });
    expect(state.containerRunning).toBe(true);
    expect(nginxCommandFor(state)).toBe('docker run -p 8080:80 nginx');
    expect(nginxTerminalLog(state)[0]).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint \S+ \(\S+\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/,
    );
    expect(nginxTerminalLog(state).at(-1)).toBe("Run 'docker run --help' for more information");
    expect(nginx.narrate(state)).toContain('port is already allocated');
    expect(nginx.narrate(state)).toContain('-p 8081:80');
    // The same refusal twice in a row shows nothing new.
    expect(nginx.transition(state, { type: 'run' }, 0)).toBe(state);
  });

  it('a different computer starts with nothing running', () => {
    const state = play(advanceAll(play(running(), { type: 'open-browser' })), { type: 'choose-os', os: 'windows' });
    expect(state).toMatchObject({ os: 'windows', containerRunning: false, pageShown: false });
  });
});

describe('the team story, its own figure', () => {
  it('a multi-platform push, then the Mac and Windows laptops run the image in a VM and the server directly', () => {
    expect(team.narrate(team.initial())).toContain('팀장의 푸시부터 시작하세요');
    let state = deploy(team.initial(), { type: 'publish' });
    expect(teamCommandFor(state)).toBe('docker buildx build --platform linux/amd64,linux/arm64 -t myteam/myapp:1.0 --push .');
    expect(team.narrate(state)).toContain('두 플랫폼용으로 빌드해');
    state = deploy(state, { type: 'deploy', target: 'mac' });
    expect(team.narrate(state)).toContain('가상 머신 안에서');
    expect(team.narrate(state)).toContain('arm64');
    state = deploy(state, { type: 'deploy', target: 'windows' });
    expect(team.narrate(state)).toContain('WSL 2');
    state = deploy(state, { type: 'deploy', target: 'server' });
    expect(team.narrate(state)).toContain('가상 머신 없이');
    expect(team.narrate(state)).toContain('세 곳 모두 같은 이미지로');
    // The Rails app of chapter 3 listens on 3000.
    expect(teamCommandFor(state)).toBe('docker run -d -p 3000:3000 myteam/myapp:1.0');
  });
});

describe('rejected events', () => {
  it.each<[string, () => NginxState, NginxEvent]>([
    ['open the browser before anything listens', () => initial, { type: 'open-browser' }],
    ['anything but advance mid-trip', () => play(initial, { type: 'run' }), { type: 'choose-os', os: 'windows' }],
    ['a second run mid-trip', () => play(initial, { type: 'run' }), { type: 'run' }],
    ['advance with no trip', () => initial, { type: 'advance' }],
    ['choosing the system already chosen', () => initial, { type: 'choose-os', os: 'mac' }],
  ])('%s returns the very same state, so can() is false', (_, state, event) => {
    const before = state();
    expect(nginx.transition(before, event, 0)).toBe(before);
    expect(can(nginx, before, event, 0)).toBe(false);
  });

  it.each<[string, () => TeamState, TeamEvent]>([
    ['deploy before publish', () => team.initial(), { type: 'deploy', target: 'server' }],
    [
      'deploy twice',
      () => deploy(team.initial(), { type: 'publish' }, { type: 'deploy', target: 'mac' }),
      { type: 'deploy', target: 'mac' },
    ],
    ['publish twice', () => deploy(team.initial(), { type: 'publish' }), { type: 'publish' }],
  ])('%s returns the very same state, so can() is false', (_, state, event) => {
    const before = state();
    expect(team.transition(before, event, 0)).toBe(before);
    expect(can(team, before, event, 0)).toBe(false);
  });
});

describe('tours and transcripts', () => {
  it('my nginx plays both trips, then tries the taken port', () => {
    const steps = tour(nginx)
      .slice(1)
      .map((state) => (state.step?.type === 'hop' ? state.step.station : state.step?.type));
    expect(steps).toEqual(['cli', 'engine', 'hub', 'container', 'browser', 'port', 'container', 'back', 'port-taken']);
    expect(nginx.suggest?.(nginx.still())).toBeNull();
  });

  it('the team publishes and runs the image on all three computers', () => {
    expect(
      tour(team)
        .slice(1)
        .map((state) => state.step?.type),
    ).toEqual(['publish', 'deploy', 'deploy', 'deploy']);
    expect(team.still().running).toEqual(['mac', 'windows', 'server']);
  });

  it('tell the Mac tour with the Windows difference, and the team story, in 합니다체', () => {
    const lines = [...nginx.transcript(), ...team.transcript()];
    expect(lines.some((line) => line.startsWith('윈도우에서는: ') && line.includes('WSL 2'))).toBe(true);
    for (const line of lines) {
      expect(line).toMatch(/(니다|세요)\.$/);
      expect(line).not.toMatch(/[^세]요\./);
    }
  });
});
