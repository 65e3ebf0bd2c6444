import { describe, expect, it } from 'vitest';
import { can, tour } from '@/lib/simulations/kernel';
import {
  commandFor,
  currentStation,
  dockerDesktopSimulation as sim,
  narrate,
  terminalLog,
  trips,
  type DesktopEvent,
  type DesktopState,
} from '@/lib/simulations/docker-desktop';

const apply = (state: DesktopState, ...events: DesktopEvent[]) => events.reduce((current, event) => sim.transition(current, event, 0), state);
const initial = sim.initial();
const advanceAll = (state: DesktopState) => {
  let current = state;
  while (current.trip) current = sim.transition(current, { type: 'advance' }, 0);
  return current;
};
const running = () => advanceAll(apply(initial, { type: 'run' }));
const team = () => apply(initial, { type: 'story', story: 'team' });

describe('docker run on a laptop', () => {
  it('goes from the CLI to the engine in the VM, pulls nginx from Docker Hub and starts the container, one press per station', () => {
    let state = apply(initial, { type: 'run' });
    const stations = [currentStation(state)];
    while (state.trip) {
      expect(state.containerRunning).toBe(false);
      state = sim.transition(state, { type: 'advance' }, 0);
      stations.push(currentStation(state));
    }
    expect(stations).toEqual(['cli', 'engine', 'hub', 'container']);
    expect(state.containerRunning).toBe(true);
    expect(commandFor(state)).toBe('docker run -p 8080:80 nginx');
    expect(terminalLog(state)[0]).toBe("Unable to find image 'nginx:latest' locally");
    // Nothing moves by itself: there is no clock.
    expect(sim.clock).toBeUndefined();
  });

  it('names the Apple Virtualization framework on a Mac and WSL 2 on Windows', () => {
    const engine = (os: 'mac' | 'windows') => {
      const start = os === 'mac' ? initial : apply(initial, { type: 'choose-os', os });
      return narrate(apply(start, { type: 'run' }, { type: 'advance' }));
    };
    expect(engine('mac')).toContain('Apple 가상화 프레임워크');
    expect(engine('windows')).toContain('WSL 2');
    expect(engine('windows')).not.toContain('Apple');
  });

  it('the browser reaches the container through the published port and gets the page back', () => {
    let state = apply(running(), { type: 'open-browser' });
    const stations = [currentStation(state)];
    while (state.trip) {
      state = sim.transition(state, { type: 'advance' }, 0);
      stations.push(currentStation(state));
    }
    expect(stations).toEqual(trips.request);
    expect(state.pageShown).toBe(true);
    expect(narrate(state)).toContain('Welcome to nginx!');
  });

  it('a second docker run -p 8080:80 fails with the engine\'s "port is already allocated" error instead of being greyed out', () => {
    const before = running();
    expect(can(sim, before, { type: 'run' }, 0)).toBe(true);
    const state = apply(before, { type: 'run' });
    expect(state.containerRunning).toBe(true);
    expect(commandFor(state)).toBe('docker run -p 8080:80 nginx');
    expect(terminalLog(state)[0]).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint \S+ \(\S+\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/,
    );
    expect(terminalLog(state).at(-1)).toBe("Run 'docker run --help' for more information");
    expect(narrate(state)).toContain('port is already allocated');
    expect(narrate(state)).toContain('-p 8081:80');
    // The same refusal twice in a row shows nothing new.
    expect(sim.transition(state, { type: 'run' }, 0)).toBe(state);
  });

  it('a different computer starts with nothing running; the team story stays', () => {
    const state = apply(advanceAll(apply(running(), { type: 'open-browser' })), { type: 'story', story: 'team' }, { type: 'publish' }, { type: 'story', story: 'nginx' }, { type: 'choose-os', os: 'windows' });
    expect(state).toMatchObject({ os: 'windows', containerRunning: false, pageShown: false, published: true });
  });
});

describe('the two stories have their own narration', () => {
  it('switching tabs tells the story on screen, and each keeps its own last step', () => {
    const nginx = apply(initial, { type: 'run' });
    const other = apply(nginx, { type: 'story', story: 'team' });
    expect(narrate(other)).toContain('팀장의 푸시부터 시작하세요');
    expect(commandFor(other)).toBeNull();
    const back = apply(other, { type: 'publish' }, { type: 'story', story: 'nginx' });
    expect(narrate(back)).toBe(narrate(nginx));
    expect(narrate(apply(back, { type: 'story', story: 'team' }))).toContain('두 플랫폼용으로 빌드해');
  });

  it("refuses the other story's events", () => {
    expect(sim.transition(initial, { type: 'publish' }, 0)).toBe(initial);
    const teamTab = team();
    expect(sim.transition(teamTab, { type: 'run' }, 0)).toBe(teamTab);
  });
});

describe('the team story', () => {
  it('a multi-platform push, then the Mac and Windows laptops run the image in a VM and the server directly', () => {
    let state = apply(team(), { type: 'publish' });
    expect(commandFor(state)).toBe('docker buildx build --platform linux/amd64,linux/arm64 -t myteam/myapp:1.0 --push .');
    state = apply(state, { type: 'deploy', target: 'mac' });
    expect(narrate(state)).toContain('가상 머신 안에서');
    expect(narrate(state)).toContain('arm64');
    state = apply(state, { type: 'deploy', target: 'windows' });
    expect(narrate(state)).toContain('WSL 2');
    state = apply(state, { type: 'deploy', target: 'server' });
    expect(narrate(state)).toContain('가상 머신 없이');
    expect(narrate(state)).toContain('세 곳 모두 같은 이미지로');
    // The Rails app of chapter 3 listens on 3000.
    expect(commandFor(state)).toBe('docker run -d -p 3000:3000 myteam/myapp:1.0');
  });
});

describe('rejected events', () => {
  it.each<[string, () => DesktopState, DesktopEvent]>([
    ['open the browser before anything listens', () => initial, { type: 'open-browser' }],
    ['anything but advance mid-trip', () => apply(initial, { type: 'run' }), { type: 'choose-os', os: 'windows' }],
    ['a second run mid-trip', () => apply(initial, { type: 'run' }), { type: 'run' }],
    ['advance with no trip', () => initial, { type: 'advance' }],
    ['deploy before publish', team, { type: 'deploy', target: 'server' }],
    ['deploy twice', () => apply(team(), { type: 'publish' }, { type: 'deploy', target: 'mac' }), { type: 'deploy', target: 'mac' }],
    ['publish twice', () => apply(team(), { type: 'publish' }), { type: 'publish' }],
    ['choosing the system already chosen', () => initial, { type: 'choose-os', os: 'mac' }],
    ['the story already on screen', () => initial, { type: 'story', story: 'nginx' }],
  ])('%s returns the very same state, so can() is false', (_, state, event) => {
    const before = state();
    expect(sim.transition(before, event, 0)).toBe(before);
    expect(can(sim, before, event, 0)).toBe(false);
  });

  it('the story tabs still switch mid-trip, and the trip waits', () => {
    const mid = apply(initial, { type: 'run' }, { type: 'advance' });
    const back = apply(mid, { type: 'story', story: 'team' }, { type: 'story', story: 'nginx' });
    expect(back.trip).toEqual(mid.trip);
    expect(narrate(back)).toBe(narrate(mid));
  });
});

describe('tour and transcript', () => {
  it('plays both trips, tries the taken port, then publishes and runs the image on all three computers', () => {
    const kinds = tour(sim)
      .slice(1)
      .map((state) => (state.story === 'team' ? (state.steps.team?.type ?? 'team') : state.steps.nginx?.type === 'hop' ? state.steps.nginx.station : state.steps.nginx?.type));
    expect(kinds).toEqual(['cli', 'engine', 'hub', 'container', 'browser', 'port', 'container', 'back', 'port-taken', 'team', 'publish', 'deploy', 'deploy', 'deploy']);
    expect(sim.still().running).toEqual(['mac', 'windows', 'server']);
    expect(sim.suggest?.(sim.still())).toBeNull();
  });

  it('tells the Mac tour and the Windows difference in 합니다체', () => {
    const lines = sim.transcript();
    expect(lines.some((line) => line.startsWith('윈도우에서는: ') && line.includes('WSL 2'))).toBe(true);
    for (const line of lines) {
      expect(line).toMatch(/(니다|세요)\.$/);
      expect(line).not.toMatch(/[^세]요\./);
    }
  });
});
