import type { DockerfileProblem } from '../../dockerfile';
import { initialFiles, type BuildContext } from './context';
import { planBuild, type Plan, type Setting } from './plan';
import { recipe } from './recipe';

export type Layer = {
  id: string;
  /** Recipe line this layer was made from (0-based). */
  line: number;
  text: string;
  sizeBytes: number;
};

/** One build step as it finished: BuildKit's `CACHED` or `DONE 42.0s`. */
export type StepResult = { line: number; layerId: string; cached: boolean; ms: number };

export type Build = {
  /** The build's number: the buttons tag it `rails-app:<number>`. */
  number: number;
  /** The name the image gets: `rails-app:<number>`, or what `docker build -t` was given. */
  tag: string;
  /** Recipe revisions the build reads (the Dockerfile and files as they were when it started). */
  revisions: readonly number[];
  /** The build context as it was when the build started: BuildKit reads it once. */
  files: BuildContext;
  /** What BuildKit will do; null when the Dockerfile could not be read (then `problem` says why). */
  plan: Plan | null;
  /** Why the build stopped, as BuildKit prints it; null while it runs and when it succeeded. */
  problem: DockerfileProblem | null;
  steps: readonly StepResult[];
  /** Cache key of the last step done, the parent of the next one. */
  parentKey: string;
  /** Simulated milliseconds already spent on the unit of work in progress (a step, or the export). */
  spent: number;
  /** Set when the build has finished and the image is named. */
  imageId: string | null;
  /** Simulated milliseconds the export took (0 when every step came from the cache). */
  exportMs: number;
};

export type Image = {
  /** What `docker images` shows as IMAGE ID (12 hex digits). */
  id: string;
  /** Every tag pointing at this image, oldest first: an unchanged rebuild adds a tag, not an image. */
  tags: readonly string[];
  /** Bottom (FROM) first. Layers are shared by id between images and never copied. */
  layerIds: readonly string[];
  /** Recipe revisions the image was built from. */
  revisions: readonly number[];
  /** The files the image was built from, to tell whether anything changed since. */
  files: BuildContext;
  /** The instructions recorded in its config without a layer (EXPOSE, CMD, ENV…), in file order. */
  settings: readonly Setting[];
};

/** `created`: `docker run` made the container but could not start it (its port was taken). */
export type ContainerStatus = 'running' | 'stopped' | 'created';

export type Container = {
  /** The run number: the container is called rails-<run>. */
  run: number;
  imageId: string;
  status: ContainerStatus;
  /** Host port published to the app's port 3000 (`-p 8080:3000`), or null without `-p`. */
  port: number | null;
  /** Simulated time it was created, and stopped (null while it has not been): `docker ps` shows them. */
  created: number;
  stopped: number | null;
};

/** What the reader's latest action did: the narration and the terminal read it. */
export type Last =
  | { type: 'edit'; line: number }
  | { type: 'write'; path: string }
  | { type: 'build' }
  /** `blockedBy`: the running container that already held the port, when the start failed. */
  | { type: 'run'; run: number; blockedBy: number | null }
  | { type: 'stop' | 'remove'; run: number; port: number | null };

export type BuildFlowState = {
  /** Edit revision per recipe line; an edit button bumps one. */
  revisions: readonly number[];
  /** The build context as the reader has it now: the Dockerfile, Gemfile, Gemfile.lock, the app code. */
  files: BuildContext;
  layers: Readonly<Record<string, Layer>>;
  /** Build cache: key (the parent's key plus this instruction's content) → layer id. */
  cache: Readonly<Record<string, string>>;
  images: readonly Image[];
  /** The latest build, running or finished; null before the first. */
  build: Build | null;
  /** The image `docker run` starts: the one the latest finished build named. */
  current: string | null;
  containers: readonly Container[];
  /** Only grows, so a container name is never reused after a remove. */
  runs: number;
  last: Last | null;
};

/** A lesson-sized limit: enough to see many containers share one image, few enough to fit a phone. */
export const maxContainers = 4;

/** Host ports the reader can publish the app on; 3000 is the chapter's own `docker run -p 3000:3000`. */
export const hostPorts = [8080, 8081, 8082, 3000] as const;

export function createInitialState(): BuildFlowState {
  return {
    revisions: recipe.map(() => 0),
    files: initialFiles,
    layers: {},
    cache: {},
    images: [],
    build: null,
    current: null,
    containers: [],
    runs: 0,
    last: null,
  };
}

export function building(state: BuildFlowState): boolean {
  return state.build !== null && state.build.imageId === null && state.build.problem === null;
}

export function findImage(state: BuildFlowState, id: string | null): Image | null {
  return state.images.find((image) => image.id === id) ?? null;
}

export function currentImage(state: BuildFlowState): Image | null {
  return findImage(state, state.current);
}

export function findContainer(state: BuildFlowState, run: number): Container | null {
  return state.containers.find((container) => container.run === run) ?? null;
}

export const containerName = (run: number) => `rails-${run}`;

/** The tag a build gets: a new number every time, as a reader would tag each build. */
export const tagOf = (number: number) => `rails-app:${number}`;

/** The running container that holds a host port, if any. */
export function holderOf(state: BuildFlowState, port: number | null): Container | null {
  if (port === null) return null;
  return state.containers.find((container) => container.status === 'running' && container.port === port) ?? null;
}

/** True when a file differs from what the current image was built from (or nothing is built). */
export function recipeChanged(state: BuildFlowState): boolean {
  const image = currentImage(state);
  if (!image) return true;
  const paths = new Set([...Object.keys(image.files), ...Object.keys(state.files)]);
  return [...paths].some((path) => image.files[path] !== state.files[path]);
}

/**
 * Which build steps the cache will answer for a build of `files` now, in the plan's order (empty
 * when the Dockerfile cannot be read). A step's key includes its parent's, so in one stage once a
 * step misses, every step after it misses too.
 */
export function cachePlan(state: BuildFlowState, files: BuildContext = state.files): boolean[] {
  const planned = planBuild(files);
  return planned.ok ? planned.plan.steps.map((step) => step.key in state.cache) : [];
}
