import { tickMs } from './clock';
import type { BuildFlowEvent } from './events';
import { hexId } from './hash';
import { exportMs, recipe, stepLines } from './recipe';
import {
  building,
  cacheKey,
  currentImage,
  findContainer,
  hostPorts,
  holderOf,
  maxContainers,
  tagOf,
  type Build,
  type BuildFlowState,
  type Container,
  type Image,
  type StepResult,
} from './state';

// The rules of the widget. An event that makes no sense right now (run before any image, remove a
// running container, edit during a build, a sixth container) returns the very same state object,
// so `can` tells the view what is allowed and the view never repeats a rule. Time reaches the
// model only through the clock's ticks, each worth `tickMs` of build work.
export function transition(state: BuildFlowState, event: BuildFlowEvent, now = 0): BuildFlowState {
  switch (event.type) {
    case 'edit':
      return edit(state, event.line);
    case 'build':
      return startBuild(state, event.tag);
    case 'tick':
      return building(state) ? work(state) : state;
    case 'run':
      return run(state, event.port, now);
    case 'stop':
      return stop(state, event.run, now);
    case 'remove':
      return remove(state, event.run);
  }
}

function edit(state: BuildFlowState, line: number): BuildFlowState {
  // The build has already read the Dockerfile and the files; the view keeps edits for after it.
  if (building(state) || !recipe[line]?.edit) return state;
  const revisions = state.revisions.map((revision, index) => (index === line ? revision + 1 : revision));
  return { ...state, revisions, last: { type: 'edit', line } };
}

function startBuild(state: BuildFlowState, tag: string | undefined): BuildFlowState {
  // An unchanged Dockerfile may be built again: every step comes from the cache.
  if (building(state)) return state;
  const number = (state.build?.number ?? 0) + 1;
  const build: Build = {
    number,
    tag: tag ?? tagOf(number),
    revisions: state.revisions,
    steps: [],
    parentKey: '',
    spent: 0,
    imageId: null,
    exportMs: 0,
  };
  return { ...state, build, last: { type: 'build' } };
}

/** One tick of build work: steps in order, each cached one free, then the export, then the image. */
function work(state: BuildFlowState): BuildFlowState {
  let build = state.build as Build;
  let { layers, cache } = state;
  let budget = tickMs;
  while (build.steps.length < stepLines.length) {
    const line = stepLines[build.steps.length] as number;
    const instruction = recipe[line]!;
    const revision = build.revisions[line] ?? 0;
    const key = cacheKey(build.parentKey, line, revision);
    const cachedId = cache[key];
    const cost = cachedId === undefined ? instruction.ms : 0;
    if (cost - build.spent > budget) return { ...state, layers, cache, build: { ...build, spent: build.spent + budget } };
    budget -= cost - build.spent;
    const layerId = cachedId ?? hexId(key);
    if (cachedId === undefined) {
      layers = {
        ...layers,
        [layerId]: { id: layerId, line, text: instruction.text(revision), sizeBytes: instruction.sizeBytes },
      };
      cache = { ...cache, [key]: layerId };
    }
    const step: StepResult = { line, layerId, cached: cachedId !== undefined, ms: cost };
    build = { ...build, steps: [...build.steps, step], parentKey: key, spent: 0 };
  }
  // Exporting writes the new layers; with nothing new it only names the image.
  const toExport = build.steps.every((step) => step.cached) ? 0 : exportMs;
  if (toExport - build.spent > budget) return { ...state, layers, cache, build: { ...build, spent: build.spent + budget } };
  return finish({ ...state, layers, cache }, { ...build, spent: 0, exportMs: toExport });
}

function finish(state: BuildFlowState, build: Build): BuildFlowState {
  const layerIds = build.steps.map((step) => step.layerId);
  // The image id is a digest of its content (the settings never change here), so the same layers
  // give the same id: an unchanged rebuild only adds its tag to the image that is already there.
  const id = hexId(`image|${layerIds.join()}`);
  const tag = build.tag;
  const images: Image[] = state.images.some((image) => image.id === id)
    ? state.images.map((image) => (image.id === id ? { ...image, tags: [...image.tags, tag] } : image))
    : [...state.images, { id, tags: [tag], layerIds, revisions: build.revisions }];
  return { ...state, images, build: { ...build, imageId: id }, current: id };
}

function run(state: BuildFlowState, port: number | null, now: number): BuildFlowState {
  const image = currentImage(state);
  if (!image || state.containers.length >= maxContainers) return state;
  if (port !== null && !(hostPorts as readonly number[]).includes(port)) return state;
  const runs = state.runs + 1;
  const holder = holderOf(state, port);
  // Docker creates the container first and then fails to start it: it stays behind as "Created".
  const container: Container = {
    run: runs,
    imageId: image.id,
    status: holder ? 'created' : 'running',
    port,
    created: now,
    stopped: null,
  };
  return {
    ...state,
    runs,
    containers: [...state.containers, container],
    last: { type: 'run', run: runs, blockedBy: holder?.run ?? null },
  };
}

function stop(state: BuildFlowState, run: number, now: number): BuildFlowState {
  const target = findContainer(state, run);
  if (target?.status !== 'running') return state;
  return {
    ...state,
    containers: state.containers.map((container) =>
      container.run === run ? { ...container, status: 'stopped' as const, stopped: now } : container,
    ),
    last: { type: 'stop', run, port: target.port },
  };
}

function remove(state: BuildFlowState, run: number): BuildFlowState {
  // Like `docker rm` without -f: a running container has to be stopped first.
  const target = findContainer(state, run);
  if (!target || target.status === 'running') return state;
  return {
    ...state,
    containers: state.containers.filter((container) => container.run !== run),
    last: { type: 'remove', run, port: target.port },
  };
}
