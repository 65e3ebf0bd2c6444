import { tour, type Simulation } from '../kernel';
import { createInitialState, transition, type DockerHubEvent, type DockerHubState } from './model';
import { introduction, narrate } from './narrate';
import { sceneCodec } from './scene';
import { suggest } from './tour';

export {
  badgeLabels,
  baseImage,
  baseLayers,
  baseRepository,
  imageLayers,
  layers,
  listings,
  machineNames,
  repository,
  sizeOf,
  teammates,
  versions,
  type Badge,
  type LayerKey,
  type Listing,
  type MachineId,
  type Version,
} from './catalog';
export {
  createInitialState,
  hubLayers,
  imageName,
  maxQueryLength,
  nextBuild,
  nextPull,
  nextPush,
  searchResults,
  selectedListing,
  transition,
  type DockerHubEvent,
  type DockerHubState,
  type Machine,
  type PullResult,
  type PushResult,
  type Step,
  type Transfer,
} from './model';
export { describeListing, introduction, machineLabel, narrate } from './narrate';
export { maxSceneEvents } from './scene';
export { commandFor, digests, terminalLog } from './terminal';
export { suggest } from './tour';

const rules: Simulation<DockerHubState, DockerHubEvent> = {
  id: 'docker-hub',
  initial: createInitialState,
  transition: (state, event) => transition(state, event),
  narrate,
  suggest,
  transcript: () => [introduction, ...tour(rules).slice(1).map(narrate)],
  still: () => tour(rules).at(-1) as DockerHubState,
};

/** Docker Hub in miniature: find a trustworthy base image, then push and pull the team's image. */
export const dockerHubSimulation: Simulation<DockerHubState, DockerHubEvent> = { ...rules, codec: sceneCodec(rules) };
