import { tickMs } from './clock';
import type { BuildFlowEvent } from './events';
import { explain } from '../../dockerfile';
import { hexId } from './hash';
import { editablePaths, presetEdit } from './context';
import { maxFileLength } from './limits';
import { planBuild } from './plan';
import { exportMs, recipe } from './recipe';
import {
  building,
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
    case 'write':
      return write(state, event.path, event.text);
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
  const files = presetEdit(state.files, line, revisions[line] ?? 0);
  if (!files) return state;
  return { ...state, revisions, files, last: { type: 'edit', line } };
}

function write(state: BuildFlowState, path: string, text: string): BuildFlowState {
  if (building(state) || !editablePaths.includes(path) || text.length > maxFileLength || state.files[path] === text) return state;
  return { ...state, files: { ...state.files, [path]: text }, last: { type: 'write', path } };
}

function startBuild(state: BuildFlowState, tag: string | undefined): BuildFlowState {
  // An unchanged Dockerfile may be built again: every step comes from the cache. A build that
  // failed gives its number to the next one, as the tag it would have had was never made.
  if (building(state)) return state;
  const previous = state.build;
  const number = (previous?.number ?? 0) + (previous && previous.problem !== null ? 0 : 1);
  const planned = planBuild(state.files);
  const build: Build = {
    number,
    tag: tag ?? tagOf(number),
    revisions: state.revisions,
    files: state.files,
    plan: planned.ok ? planned.plan : null,
    problem: planned.ok ? null : planned.problem,
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
  const plan = build.plan!;
  let { layers, cache } = state;
  let budget = tickMs;
  while (build.steps.length < plan.steps.length) {
    const planned = plan.steps[build.steps.length]!;
    const cachedId = planned.failure === null ? cache[planned.key] : undefined;
    if (planned.failure !== null) {
      const step: StepResult = { line: planned.line, layerId: '', cached: false, ms: 0 };
      const problem = {
        message: `failed to compute cache key: ${planned.failure}`,
        line: planned.line + 1,
        endLine: planned.endLine + 1,
        explanation: explain(planned.failure),
      };
      return { ...state, layers, cache, build: { ...build, steps: [...build.steps, step], problem, spent: 0 } };
    }
    const cost = cachedId === undefined ? planned.ms : 0;
    if (cost - build.spent > budget) return { ...state, layers, cache, build: { ...build, spent: build.spent + budget } };
    budget -= cost - build.spent;
    const layerId = cachedId ?? hexId(planned.key);
    if (cachedId === undefined) {
      const text = planned.kind === 'from' ? planned.name.replace('FROM docker.io/library/', 'FROM ') : planned.name;
      layers = { ...layers, [layerId]: { id: layerId, line: planned.line, text, sizeBytes: planned.sizeBytes } };
      cache = { ...cache, [planned.key]: layerId };
    }
    const step: StepResult = { line: planned.line, layerId, cached: cachedId !== undefined, ms: cost };
    build = { ...build, steps: [...build.steps, step], parentKey: planned.key, spent: 0 };
  }
  // Exporting writes the new layers; with nothing new it only names the image.
  const toExport = build.steps.every((step) => step.cached) ? 0 : exportMs;
  if (toExport - build.spent > budget) return { ...state, layers, cache, build: { ...build, spent: build.spent + budget } };
  return finish({ ...state, layers, cache }, { ...build, spent: 0, exportMs: toExport });
}

function finish(state: BuildFlowState, build: Build): BuildFlowState {
  const plan = build.plan!;
  // Only the last stage's layers make the image; what it copied from earlier stages is in its own
  // COPY layers. The id is a digest of the layers and the config, so the same content gives the
  // same id: an unchanged rebuild only adds its tag to the image that is already there.
  const layerIds = plan.layers.map((index) => build.steps[index]?.layerId ?? '');
  const settings = plan.settings;
  const id = hexId(`image|${layerIds.join()}|${settings.map((setting) => setting.text).join('\n')}`);
  const tag = build.tag;
  const images: Image[] = state.images.some((image) => image.id === id)
    ? state.images.map((image) =>
        image.id === id ? { ...image, tags: [...image.tags.filter((other) => other !== tag), tag] } : image,
      )
    : [
        ...state.images.map((image) => ({ ...image, tags: image.tags.filter((other) => other !== tag) })),
        { id, tags: [tag], layerIds, revisions: build.revisions, files: build.files, settings },
      ];
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
