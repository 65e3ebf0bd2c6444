import type { BuildFlowEvent } from './events';
import { shortHash } from './hash';
import { imageName, recipe } from './recipe';
import {
  cacheKey,
  createInitialState,
  latestImage,
  recipeChanged,
  type Build,
  type BuildFlowState,
  type Container,
  type Image,
  type Layer,
} from './state';

// The rules of the widget. An event that makes no sense right now (run before any image, remove
// an unknown or running container, edit during a build) returns the very same state object, so
// the view can tell "nothing happened" by identity and never needs error states.
export function transition(state: BuildFlowState, event: BuildFlowEvent, now: number): BuildFlowState {
  switch (event.type) {
    case 'edit':
      return edit(state, event.line);
    case 'build-step':
      return buildStep(state, now);
    case 'run':
      return run(state, now);
    case 'stop':
      return stop(state, event.id);
    case 'remove':
      return remove(state, event.id);
    case 'reset':
      return state.step === null && state.builds === 0 && state.runs === 0 && state.revisions.every((r) => r === 0)
        ? state
        : { ...createInitialState(), step: { type: 'reset' } };
  }
}

function edit(state: BuildFlowState, line: number): BuildFlowState {
  // Editing mid-build would make the half-built image match no recipe at all.
  if (state.build || !recipe[line]?.edit) return state;
  const revisions = state.revisions.map((revision, index) => (index === line ? revision + 1 : revision));
  return { ...state, revisions, step: { type: 'edit', line } };
}

function buildStep(state: BuildFlowState, now: number): BuildFlowState {
  // Building an unchanged recipe would only repeat the same image; the view asks for an edit instead.
  if (!state.build && !recipeChanged(state)) return state;
  const build: Build = state.build ?? { revisions: state.revisions, layerIds: [], cached: [], parentKey: '', startedAt: now };
  const line = build.layerIds.length;
  const instruction = recipe[line];
  if (!instruction) return state;

  const revision = build.revisions[line] ?? 0;
  const key = cacheKey(build.parentKey, line, revision);
  const cachedId = state.cache[key];
  let layers = state.layers;
  let cache = state.cache;
  let layerId: string;
  if (cachedId !== undefined) {
    layerId = cachedId;
  } else {
    layerId = shortHash(key);
    const layer: Layer = {
      id: layerId,
      line,
      text: instruction.text(revision),
      sizeBytes: instruction.sizeBytes,
      seconds: instruction.seconds,
    };
    layers = { ...layers, [layerId]: layer };
    cache = { ...cache, [key]: layerId };
  }

  const next: Build = {
    ...build,
    layerIds: [...build.layerIds, layerId],
    cached: [...build.cached, cachedId !== undefined],
    parentKey: key,
  };

  if (next.layerIds.length < recipe.length) {
    return { ...state, layers, cache, build: next, step: { type: 'layer', line, layerId, cached: cachedId !== undefined, imageId: null } };
  }

  // The last layer closes the build: the stack of layers gets a name and tag and becomes an image.
  const builds = state.builds + 1;
  const image: Image = {
    id: shortHash(`image${next.layerIds.join()}`),
    tag: `${imageName}:${builds}`,
    layerIds: next.layerIds,
    cached: next.cached,
    revisions: next.revisions,
    seconds: next.layerIds.reduce((total, id, index) => total + (next.cached[index] ? 0 : (layers[id]?.seconds ?? 0)), 0),
  };
  return {
    ...state,
    layers,
    cache,
    build: null,
    builds,
    images: [...state.images, image],
    step: { type: 'layer', line, layerId, cached: cachedId !== undefined, imageId: image.id },
  };
}

function run(state: BuildFlowState, now: number): BuildFlowState {
  const image = latestImage(state);
  if (!image) return state;
  const runs = state.runs + 1;
  const container: Container = {
    id: shortHash(`container${runs}${image.id}`),
    name: `rails-${runs}`,
    imageId: image.id,
    status: 'running',
    startedAt: now,
  };
  return { ...state, runs, containers: [...state.containers, container], step: { type: 'run', containerId: container.id, name: container.name } };
}

function stop(state: BuildFlowState, id: string): BuildFlowState {
  const target = state.containers.find((container) => container.id === id);
  if (!target || target.status !== 'running') return state;
  return {
    ...state,
    containers: state.containers.map((container) => (container.id === id ? { ...container, status: 'stopped' as const } : container)),
    step: { type: 'stop', containerId: id, name: target.name },
  };
}

function remove(state: BuildFlowState, id: string): BuildFlowState {
  // Like `docker rm` without -f: a running container has to be stopped first.
  const target = state.containers.find((container) => container.id === id);
  if (!target || target.status !== 'stopped') return state;
  return { ...state, containers: state.containers.filter((container) => container.id !== id), step: { type: 'remove', containerId: id, name: target.name } };
}
