// Docker Desktop, in two stories the reader switches between. "My nginx": where
// `docker run -p 8080:80 nginx` goes on a Mac or a Windows laptop, how the browser's request comes
// back through the published port, and what a second run on the same port gets. "The team's
// image": one pushed image runs on a Mac, a Windows laptop and a Linux server. Pure: state + event
// → state, no time, no DOM. The reader moves every trip on, one station per press.

export type Os = 'mac' | 'windows';
export type Story = 'nginx' | 'team';
export type TripKind = 'run' | 'request';
export type Station = 'cli' | 'engine' | 'hub' | 'container' | 'browser' | 'port' | 'back';
export type Target = 'mac' | 'windows' | 'server';

export const stories: readonly Story[] = ['nginx', 'team'];

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

export type TeamStep = { type: 'publish' } | { type: 'deploy'; target: Target };

export type DesktopState = {
  /** The story on screen; each keeps its own last step, told by its own narration. */
  story: Story;
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
  steps: { nginx: NginxStep | null; team: TeamStep | null };
};

export type DesktopEvent =
  | { type: 'story'; story: Story }
  | { type: 'choose-os'; os: Os }
  | { type: 'run' }
  | { type: 'open-browser' }
  /** The trip under way moves on one station. */
  | { type: 'advance' }
  | { type: 'publish' }
  | { type: 'deploy'; target: Target };

export const teamImage = 'myteam/myapp:1.0';

export function createInitialState(): DesktopState {
  return {
    story: 'nginx',
    os: 'mac',
    trip: null,
    containerRunning: false,
    pageShown: false,
    published: false,
    running: [],
    steps: { nginx: null, team: null },
  };
}

/** The station the nginx story's last step stands at, if it is a hop. */
export function currentStation(state: DesktopState): Station | null {
  const step = state.steps.nginx;
  return step?.type === 'hop' ? step.station : null;
}

const hop = (kind: TripKind, index: number): NginxStep => ({ type: 'hop', kind, station: trips[kind][index] as Station, hop: index });

// The rules. An event that makes no sense now returns the very same state object, which is what
// can() reads to disable a control: the other story's events, anything but advance mid-trip (the
// story tabs aside), the browser before anything listens, a deploy before the push.
export function transition(state: DesktopState, event: DesktopEvent): DesktopState {
  if (event.type === 'story') {
    return event.story === state.story || !stories.includes(event.story) ? state : { ...state, story: event.story };
  }
  if (state.story === 'nginx') return nginx(state, event);
  return team(state, event);
}

function nginx(state: DesktopState, event: DesktopEvent): DesktopState {
  const step = (next: NginxStep, changes: Partial<DesktopState> = {}): DesktopState => ({ ...state, ...changes, steps: { ...state.steps, nginx: next } });
  if (state.trip) {
    if (event.type !== 'advance') return state;
    const { kind } = state.trip;
    const next = state.trip.hop + 1;
    const last = next === trips[kind].length - 1;
    return step(hop(kind, next), {
      trip: last ? null : { kind, hop: next },
      containerRunning: state.containerRunning || (last && kind === 'run'),
      pageShown: state.pageShown || (last && kind === 'request'),
    });
  }
  switch (event.type) {
    case 'choose-os':
      // Another computer: its own Docker Desktop, nothing running there yet.
      if (event.os === state.os || (event.os !== 'mac' && event.os !== 'windows')) return state;
      return step({ type: 'os', os: event.os }, { os: event.os, containerRunning: false, pageShown: false });
    case 'run':
      // The port is the first container's: Docker refuses the second one, once per attempt shown.
      if (state.containerRunning) return state.steps.nginx?.type === 'port-taken' ? state : step({ type: 'port-taken' });
      return step(hop('run', 0), { trip: { kind: 'run', hop: 0 } });
    case 'open-browser':
      if (!state.containerRunning) return state;
      return step(hop('request', 0), { trip: { kind: 'request', hop: 0 } });
    default:
      return state;
  }
}

function team(state: DesktopState, event: DesktopEvent): DesktopState {
  const step = (next: TeamStep, changes: Partial<DesktopState>): DesktopState => ({ ...state, ...changes, steps: { ...state.steps, team: next } });
  switch (event.type) {
    case 'publish':
      return state.published ? state : step({ type: 'publish' }, { published: true });
    case 'deploy':
      if (!state.published || state.running.includes(event.target) || !targets.includes(event.target)) return state;
      return step({ type: 'deploy', target: event.target }, { running: [...state.running, event.target] });
    default:
      return state;
  }
}

/** Whether a target runs its containers inside a Linux virtual machine (Docker Desktop) or directly. */
export const needsVm = (target: Target | Os) => target !== 'server';
