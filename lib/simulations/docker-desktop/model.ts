// Where `docker run -p 8080:80 nginx` goes on a Mac or a Windows laptop, and how the browser's
// request comes back through the published port; then the team story, where one pushed image runs
// on a Mac, a Windows laptop and a Linux server. Pure: state + event → state, no time, no DOM.

export type Os = 'mac' | 'windows';
export type TripKind = 'run' | 'request';
export type Station = 'cli' | 'engine' | 'hub' | 'container' | 'browser' | 'port' | 'back';
export type Target = 'mac' | 'windows' | 'server';

/** The stations each trip passes, in order; the last one completes it. */
export const trips: Readonly<Record<TripKind, readonly Station[]>> = {
  run: ['cli', 'engine', 'hub', 'container'],
  request: ['browser', 'port', 'container', 'back'],
};

export const targets: readonly Target[] = ['mac', 'windows', 'server'];

export type Step =
  | { type: 'os'; os: Os }
  | { type: 'hop'; kind: TripKind; station: Station; hop: number }
  | { type: 'publish' }
  | { type: 'deploy'; target: Target }
  | { type: 'reset' };

export type DesktopState = {
  os: Os;
  /** The trip under way and how far it has come, or null between trips. */
  trip: { kind: TripKind; hop: number } | null;
  /** nginx is running in a container on the reader's laptop, port 8080 published to its port 80. */
  containerRunning: boolean;
  /** The browser has shown nginx's page. */
  pageShown: boolean;
  /** The lead has pushed myteam/myapp:1.0 to Docker Hub. */
  published: boolean;
  /** Where the team's image runs. */
  running: readonly Target[];
  step: Step | null;
};

export type DesktopEvent =
  | { type: 'choose-os'; os: Os }
  | { type: 'run' }
  | { type: 'open-browser' }
  /** The trip under way moves on one station. */
  | { type: 'advance' }
  | { type: 'publish' }
  | { type: 'deploy'; target: Target }
  | { type: 'reset' };

export const teamImage = 'myteam/myapp:1.0';

export function createInitialState(): DesktopState {
  return { os: 'mac', trip: null, containerRunning: false, pageShown: false, published: false, running: [], step: null };
}

/** The station the current step stands at, if it is a hop. */
export function currentStation(state: DesktopState): Station | null {
  return state.step?.type === 'hop' ? state.step.station : null;
}

const hop = (kind: TripKind, index: number): Step => ({ type: 'hop', kind, station: trips[kind][index] as Station, hop: index });

// An event that makes no sense now (run while nginx already holds port 8080, open the browser
// before anything listens, deploy before the image is pushed, anything but advance mid-trip)
// returns the very same state object.
export function transition(state: DesktopState, event: DesktopEvent): DesktopState {
  if (state.trip && event.type !== 'advance' && event.type !== 'reset') return state;
  switch (event.type) {
    case 'choose-os':
      // Another computer: its own Docker Desktop, nothing running there yet. The team story stays.
      if (event.os === state.os) return state;
      return { ...state, os: event.os, containerRunning: false, pageShown: false, step: { type: 'os', os: event.os } };
    case 'run':
      // A second `docker run -p 8080:80` would fail: the port is already allocated.
      if (state.containerRunning) return state;
      return { ...state, trip: { kind: 'run', hop: 0 }, step: hop('run', 0) };
    case 'open-browser':
      if (!state.containerRunning) return state;
      return { ...state, trip: { kind: 'request', hop: 0 }, step: hop('request', 0) };
    case 'advance': {
      if (!state.trip) return state;
      const { kind } = state.trip;
      const next = state.trip.hop + 1;
      const last = next === trips[kind].length - 1;
      return {
        ...state,
        trip: last ? null : { kind, hop: next },
        containerRunning: state.containerRunning || (last && kind === 'run'),
        pageShown: state.pageShown || (last && kind === 'request'),
        step: hop(kind, next),
      };
    }
    case 'publish':
      if (state.published) return state;
      return { ...state, published: true, step: { type: 'publish' } };
    case 'deploy':
      if (!state.published || state.running.includes(event.target) || !targets.includes(event.target)) return state;
      return { ...state, running: [...state.running, event.target], step: { type: 'deploy', target: event.target } };
    case 'reset':
      return state.step === null || state.step.type === 'reset' ? state : { ...createInitialState(), step: { type: 'reset' } };
  }
}

/** Whether a target runs its containers inside a Linux virtual machine (Docker Desktop) or directly. */
export const needsVm = (target: Target | Os) => target !== 'server';
