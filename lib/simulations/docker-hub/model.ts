import {
  baseImage,
  baseLayers,
  imageLayers,
  listings,
  repository,
  teammates,
  versions,
  type LayerKey,
  type Listing,
  type MachineId,
  type Version,
} from './catalog';

export type Machine = {
  /** Layers stored on this computer; each at most once, shared by every image that uses it. */
  layers: readonly LayerKey[];
  /** Image names (`ruby:3.4-slim-trixie`, `myteam/myapp:1.0`). */
  images: readonly string[];
};

/** What `docker push` did with one layer of the image. */
export type PushResult =
  /** Uploaded: Docker Hub had no copy of it anywhere ("Pushed"). */
  | 'pushed'
  /** Linked from the official repository it came from, nothing uploaded ("Mounted from library/ruby"). */
  | 'mounted'
  /** Already in this repository from an earlier push ("Layer already exists"). */
  | 'exists';

/** What `docker pull` did with one layer: downloaded ("Pull complete") or already on disk ("Already exists"). */
export type PullResult = 'downloaded' | 'exists';

export type Transfer<R> = { key: LayerKey; result: R };

export type Step =
  | { type: 'search'; query: string }
  | { type: 'select'; name: string }
  | { type: 'build'; version: Version; made: readonly LayerKey[] }
  | { type: 'push'; version: Version; transfers: readonly Transfer<PushResult>[] }
  | { type: 'pull'; machine: MachineId; version: Version; transfers: readonly Transfer<PullResult>[] };

export type DockerHubState = {
  query: string;
  selected: string | null;
  registry: {
    /** Layers in the team's repository on Docker Hub (the base image's are in library/ruby from the start). */
    team: readonly LayerKey[];
    /** Tags of the team's repository, in the order they were pushed. */
    tags: readonly Version[];
    pulls: number;
  };
  machines: Readonly<Record<MachineId, Machine>>;
  /** Versions the lead has built, in order. */
  built: readonly Version[];
  step: Step | null;
};

export type DockerHubEvent =
  | { type: 'search'; query: string }
  | { type: 'select'; name: string }
  /** The lead builds the next version: 1.0, then 1.1 with changed app code. */
  | { type: 'build' }
  /** The lead pushes the oldest built version Docker Hub does not have yet. */
  | { type: 'push' }
  /** A teammate pulls the newest pushed version they do not have yet. */
  | { type: 'pull'; machine: MachineId };

/** Longer search text is refused: no image name comes near it, and a shared link stays short. */
export const maxQueryLength = 40;

export const imageName = (version: Version) => `${repository}:${version}`;

export function createInitialState(): DockerHubState {
  return {
    query: '',
    selected: null,
    registry: { team: [], tags: [], pulls: 0 },
    machines: {
      // The lead pulled the official base image from Docker Hub, so Docker knows where its layers came from.
      lead: { layers: baseLayers, images: [baseImage] },
      // 민지 pulled the same base image (same digest) for another project; 준호's laptop is new.
      minji: { layers: baseLayers, images: [baseImage] },
      junho: { layers: [], images: [] },
    },
    built: [],
    step: null,
  };
}

/** Every layer Docker Hub stores, once each whichever repositories link to it: the base image's and the team's. */
export function hubLayers(state: DockerHubState): LayerKey[] {
  return [...baseLayers, ...state.registry.team.filter((key) => !baseLayers.includes(key))];
}

/** What the search shows: the listings (and, once pushed, the team's private repository) matching the query. */
export function searchResults(state: DockerHubState): Listing[] {
  const query = state.query.trim().toLowerCase();
  const all = state.registry.tags.length > 0 ? [...listings, teamListing(state)] : listings;
  return query === ''
    ? [...all]
    : all.filter((listing) => listing.name.includes(query) || listing.summary.toLowerCase().includes(query));
}

export function teamListing(state: DockerHubState): Listing {
  return {
    name: repository,
    badge: 'private',
    publisher: 'myteam (우리 팀)',
    summary: '우리 팀의 앱 이미지. 팀원만 볼 수 있습니다',
    pulls: `${state.registry.pulls}`,
    updated: '방금',
    tags: [...state.registry.tags].reverse(),
  };
}

export function selectedListing(state: DockerHubState): Listing | null {
  return searchResults(state).find((listing) => listing.name === state.selected) ?? null;
}

export const nextBuild = (state: DockerHubState): Version | null => versions[state.built.length] ?? null;

export const nextPush = (state: DockerHubState): Version | null =>
  state.built.find((version) => !state.registry.tags.includes(version)) ?? null;

/** The newest pushed version this teammate does not have, or null when they are up to date. */
export function nextPull(state: DockerHubState, machine: MachineId): Version | null {
  if (!teammates.includes(machine)) return null;
  const newest = state.registry.tags.at(-1);
  return newest && !state.machines[machine].images.includes(imageName(newest)) ? newest : null;
}

// The rules. An event that makes no sense now (push before a build, pull of an image the
// teammate already has, selecting something the search does not show) returns the very same
// state object: that is what can() reads to disable a control.
export function transition(state: DockerHubState, event: DockerHubEvent): DockerHubState {
  switch (event.type) {
    case 'search': {
      if (event.query === state.query || event.query.length > maxQueryLength) return state;
      const next = { ...state, query: event.query, step: { type: 'search', query: event.query } as const };
      // A selection the new results no longer show is dropped.
      return searchResults(next).some((listing) => listing.name === state.selected) ? next : { ...next, selected: null };
    }
    case 'select':
      if (event.name === state.selected || !searchResults(state).some((listing) => listing.name === event.name)) return state;
      return { ...state, selected: event.name, step: { type: 'select', name: event.name } };
    case 'build':
      return build(state);
    case 'push':
      return push(state);
    case 'pull':
      return pull(state, event.machine);
  }
}

function build(state: DockerHubState): DockerHubState {
  const version = nextBuild(state);
  if (!version) return state;
  const lead = state.machines.lead;
  // Layers the lead already has (the base image, or 1.0's layers under the cache) are reused.
  const made = imageLayers[version].filter((key) => !lead.layers.includes(key));
  return {
    ...state,
    machines: { ...state.machines, lead: { layers: [...lead.layers, ...made], images: [...lead.images, imageName(version)] } },
    built: [...state.built, version],
    step: { type: 'build', version, made },
  };
}

function push(state: DockerHubState): DockerHubState {
  const version = nextPush(state);
  if (!version) return state;
  // Docker asks Docker Hub before uploading each layer. One already in this repository is skipped;
  // one of the official base image, which the lead pulled from library/ruby, is mounted across
  // repositories (linked, not uploaded); only the rest is uploaded.
  const transfers = imageLayers[version].map((key): Transfer<PushResult> => ({
    key,
    result: state.registry.team.includes(key) ? 'exists' : baseLayers.includes(key) ? 'mounted' : 'pushed',
  }));
  return {
    ...state,
    registry: {
      ...state.registry,
      team: [...state.registry.team, ...transfers.filter((t) => t.result !== 'exists').map((t) => t.key)],
      tags: [...state.registry.tags, version],
    },
    step: { type: 'push', version, transfers },
  };
}

function pull(state: DockerHubState, machine: MachineId): DockerHubState {
  const version = nextPull(state, machine);
  if (!version) return state;
  const current = state.machines[machine];
  // Layers are named by their digest: one this computer already has is not downloaded again.
  const transfers = imageLayers[version].map((key): Transfer<PullResult> => ({
    key,
    result: current.layers.includes(key) ? 'exists' : 'downloaded',
  }));
  const downloaded = transfers.filter((transfer) => transfer.result === 'downloaded').map((transfer) => transfer.key);
  return {
    ...state,
    registry: { ...state.registry, pulls: state.registry.pulls + 1 },
    machines: {
      ...state.machines,
      [machine]: { layers: [...current.layers, ...downloaded], images: [...current.images, imageName(version)] },
    },
    step: { type: 'pull', machine, version, transfers },
  };
}
