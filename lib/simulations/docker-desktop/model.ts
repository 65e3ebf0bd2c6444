// Docker Desktop, in two stories drawn as two figures, each with its own narration. "My nginx":
// where `docker run -p 8080:80 nginx` goes on a Mac or a Windows laptop, how the browser's request
// comes back through the published port, and what a second run on the same port gets. "The team's
// image": one pushed image runs on a Mac, a Windows laptop and a Linux server. Pure: state + event
// → state, no time, no DOM. The reader moves every trip on, one station per press.

export type Os = 'mac' | 'windows';
export type TripKind = 'run' | 'request';
export type Station = 'cli' | 'engine' | 'hub' | 'container' | 'browser' | 'port' | 'back';
export type Target = 'mac' | 'windows' | 'server';

export const systems: readonly Os[] = ['mac', 'windows'];

/** The stations each trip passes, in order; the last one completes it. */
export const trips: Readonly<Record<TripKind, readonly Station[]>> = {
  run: ['cli', 'engine', 'hub', 'container'],
  request: ['browser', 'port', 'container', 'back'],
};

export const targets: readonly Target[] = ['mac', 'windows', 'server'];

export type NginxStep =
  | { type: 'os'; os: Os }
  | { type: 'hop'; kind: TripKind; station: Station; hop: number }
  /** A second `docker run -p 8080:80` while the first container holds the port. */
  | { type: 'port-taken' };

export type NginxState = {
  os: Os;
  /** The trip under way and how far it has come, or null between trips. */
  trip: { kind: TripKind; hop: number } | null;
  /** nginx is running in a container on the reader's laptop, port 8080 published to its port 80. */
  containerRunning: boolean;
  /** The browser has shown nginx's page. */
  pageShown: boolean;
  step: NginxStep | null;
};

export type NginxEvent =
  | { type: 'choose-os'; os: Os }
  | { type: 'run' }
  | { type: 'open-browser' }
  /** The trip under way moves on one station. */
  | { type: 'advance' };

export type TeamStep = { type: 'publish' } | { type: 'deploy'; target: Target };

export type TeamState = {
  /** The lead has pushed myteam/myapp:1.0 to Docker Hub. */
  published: boolean;
  /** Where the team's image runs. */
  running: readonly Target[];
  step: TeamStep | null;
};

export type TeamEvent = { type: 'publish' } | { type: 'deploy'; target: Target };

export const teamImage = 'myteam/myapp:1.0';

export function createNginxState(): NginxState {
  return { os: 'mac', trip: null, containerRunning: false, pageShown: false, step: null };
}

export function createTeamState(): TeamState {
  return { published: false, running: [], step: null };
}

/** The station the last step stands at, if it is a hop. */
export function currentStation(state: NginxState): Station | null {
  return state.step?.type === 'hop' ? state.step.station : null;
}

const hop = (kind: TripKind, index: number): NginxStep => ({
  type: 'hop',
  kind,
  station: trips[kind][index] as Station,
  hop: index,
});

// The rules. An event that makes no sense now returns the very same state object, which is what
// can() reads to disable a control: anything but advance mid-trip, the browser before anything
// listens, the same refusal twice in a row.
export function nginxTransition(state: NginxState, event: NginxEvent): NginxState {
  if (state.trip) {
    if (event.type !== 'advance') return state;
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
  switch (event.type) {
    case 'choose-os':
      // Another computer: its own Docker Desktop, nothing running there yet.
      if (event.os === state.os || !systems.includes(event.os)) return state;
      return { ...state, os: event.os, containerRunning: false, pageShown: false, step: { type: 'os', os: event.os } };
    case 'run':
      // The port is the first container's: Docker refuses the second one, shown once per attempt.
      if (state.containerRunning) return state.step?.type === 'port-taken' ? state : { ...state, step: { type: 'port-taken' } };
      return { ...state, trip: { kind: 'run', hop: 0 }, step: hop('run', 0) };
    case 'open-browser':
      if (!state.containerRunning) return state;
      return { ...state, trip: { kind: 'request', hop: 0 }, step: hop('request', 0) };
    case 'advance':
      return state;
  }
}

export function teamTransition(state: TeamState, event: TeamEvent): TeamState {
  switch (event.type) {
    case 'publish':
      return state.published ? state : { ...state, published: true, step: { type: 'publish' } };
    case 'deploy':
      if (!state.published || state.running.includes(event.target) || !targets.includes(event.target)) return state;
      return { ...state, running: [...state.running, event.target], step: { type: 'deploy', target: event.target } };
  }
}

/** Whether a target runs its containers inside a Linux virtual machine (Docker Desktop) or directly. */
export const needsVm = (target: Target | Os) => target !== 'server';
