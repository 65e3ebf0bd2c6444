export {
  badgeLabels,
  baseImage,
  baseLayers,
  imageLayers,
  layers,
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
  imageName,
  nextBuild,
  nextPull,
  nextPush,
  searchResults,
  selectedListing,
  transition,
  type DockerHubEvent,
  type DockerHubState,
  type Machine,
  type Step,
  type Transfer,
} from './model';
export { commandFor, describeListing, digests, introduction, machineLabel, narrate, terminalLog } from './narrate';
export { finishedState, playTour, suggestNext, transcript } from './tour';
