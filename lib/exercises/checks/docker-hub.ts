import type { DockerHubState } from '@/lib/simulations/docker-hub/model';
import { imageName } from '@/lib/simulations/docker-hub/model';
import { teammates, type Version } from '@/lib/simulations/docker-hub/catalog';
import { check, source } from '../source';

// Chapter 4 (docker-hub): the Docker Hub widget and its terminal (the team lead's computer).
const widget = source<DockerHubState>('docker-hub');

/** The version is on Docker Hub and on at least one teammate's computer. */
const shared = (state: DockerHubState, version: Version) =>
  state.registry.tags.includes(version) &&
  teammates.some((machine) => state.machines[machine].images.includes(imageName(version)));

export const dockerHubChecks = {
  'docker-hub-share': check(widget, (state) => shared(state, '1.0')),
  'docker-hub-update': check(widget, (state) => shared(state, '1.1')),
};
