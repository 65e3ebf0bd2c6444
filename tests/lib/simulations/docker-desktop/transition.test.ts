import { describe, expect, it } from 'vitest';
import {
  commandFor,
  createInitialState,
  currentStation,
  finishedState,
  narrate,
  playTour,
  terminalLog,
  transcript,
  transition,
  trips,
  type DesktopEvent,
  type DesktopState,
} from '@/lib/simulations/docker-desktop';

const apply = (state: DesktopState, ...events: DesktopEvent[]) => events.reduce(transition, state);
const initial = createInitialState();
const advanceAll = (state: DesktopState) => {
  let current = state;
  while (current.trip) current = transition(current, { type: 'advance' });
  return current;
};
const running = () => advanceAll(apply(initial, { type: 'run' }));

describe('docker run on a laptop', () => {
  it('goes from the CLI to the engine in the VM, pulls nginx from Docker Hub and starts the container', () => {
    let state = apply(initial, { type: 'run' });
    const stations = [currentStation(state)];
    while (state.trip) {
      expect(state.containerRunning).toBe(false);
      state = transition(state, { type: 'advance' });
      stations.push(currentStation(state));
    }
    expect(stations).toEqual(['cli', 'engine', 'hub', 'container']);
    expect(state.containerRunning).toBe(true);
    expect(commandFor(state)).toBe('docker run -p 8080:80 nginx');
    expect(terminalLog(state)[0]).toBe("Unable to find image 'nginx:latest' locally");
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
      state = transition(state, { type: 'advance' });
      stations.push(currentStation(state));
    }
    expect(stations).toEqual(trips.request);
    expect(state.pageShown).toBe(true);
    expect(narrate(state)).toContain('Welcome to nginx!');
  });

  it('a different computer starts with nothing running; the team story stays', () => {
    const state = apply(advanceAll(apply(running(), { type: 'open-browser' })), { type: 'publish' }, { type: 'choose-os', os: 'windows' });
    expect(state).toMatchObject({ os: 'windows', containerRunning: false, pageShown: false, published: true });
  });
});

describe('the team story', () => {
  it('the Mac and Windows laptops run the image in a VM, the Linux server directly', () => {
    let state = apply(initial, { type: 'publish' }, { type: 'deploy', target: 'mac' });
    expect(narrate(state)).toContain('가상 머신 안에서');
    state = apply(state, { type: 'deploy', target: 'windows' });
    expect(narrate(state)).toContain('WSL 2');
    state = apply(state, { type: 'deploy', target: 'server' });
    expect(narrate(state)).toContain('가상 머신 없이');
    expect(narrate(state)).toContain('모두 같은 이미지로');
    expect(commandFor(state)).toBe('docker run -d -p 8080:80 myteam/myapp:1.0');
  });
});

describe('rejected events', () => {
  it.each<[string, () => DesktopState, DesktopEvent]>([
    ['open the browser before anything listens', () => initial, { type: 'open-browser' }],
    ['run again while port 8080 is taken', running, { type: 'run' }],
    ['anything but advance mid-trip', () => apply(initial, { type: 'run' }), { type: 'choose-os', os: 'windows' }],
    ['a publish mid-trip', () => apply(initial, { type: 'run' }), { type: 'publish' }],
    ['advance with no trip', () => initial, { type: 'advance' }],
    ['deploy before publish', () => initial, { type: 'deploy', target: 'server' }],
    ['deploy twice', () => apply(initial, { type: 'publish' }, { type: 'deploy', target: 'mac' }), { type: 'deploy', target: 'mac' }],
    ['publish twice', () => apply(initial, { type: 'publish' }), { type: 'publish' }],
    ['choosing the system already chosen', () => initial, { type: 'choose-os', os: 'mac' }],
    ['reset at the start', () => initial, { type: 'reset' }],
  ])('%s returns the very same state', (_, state, event) => {
    const before = state();
    expect(transition(before, event)).toBe(before);
  });
});

describe('tour and transcript', () => {
  it('plays both trips, then publishes and runs the image on all three computers', () => {
    const kinds = playTour().slice(1).map((state) => (state.step?.type === 'hop' ? state.step.station : state.step?.type));
    expect(kinds).toEqual(['cli', 'engine', 'hub', 'container', 'browser', 'port', 'container', 'back', 'publish', 'deploy', 'deploy', 'deploy']);
    expect(finishedState().running).toEqual(['mac', 'windows', 'server']);
  });

  it('tells the Mac tour and the Windows difference in 합니다체', () => {
    const lines = transcript();
    expect(lines.some((line) => line.startsWith('윈도우에서는: ') && line.includes('WSL 2'))).toBe(true);
    for (const line of lines) {
      expect(line).toMatch(/니다\.$/);
      expect(line).not.toMatch(/[^세]요\./);
    }
  });
});
