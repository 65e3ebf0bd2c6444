import { recipe } from './recipe';

export type Layer = {
  id: string;
  /** Recipe line this layer was made from (0-based). */
  line: number;
  text: string;
  sizeBytes: number;
  seconds: number;
};

export type Image = {
  id: string;
  tag: string;
  /** Bottom (FROM) first. Layers are shared by id between images and never copied. */
  layerIds: readonly string[];
  /** Per layer: true when this build took it from the cache. */
  cached: readonly boolean[];
  /** Recipe revisions the image was built from, to tell whether the Dockerfile changed since. */
  revisions: readonly number[];
  seconds: number;
};

export type Build = {
  revisions: readonly number[];
  layerIds: readonly string[];
  cached: readonly boolean[];
  /** Cache key of the last layer made, the parent of the next one. */
  parentKey: string;
  startedAt: number;
};

export type ContainerStatus = 'running' | 'stopped';

export type Container = {
  id: string;
  name: string;
  imageId: string;
  status: ContainerStatus;
  startedAt: number;
};

/** What the latest accepted event did: the narration and the animation read it. */
export type Step =
  | { type: 'edit'; line: number }
  | { type: 'layer'; line: number; layerId: string; cached: boolean; imageId: string | null }
  // Container steps carry the name: after a remove the container is gone from the state.
  | { type: 'run' | 'stop' | 'remove'; containerId: string; name: string }
  | { type: 'reset' };

export type BuildFlowState = {
  /** Edit revision per recipe line; an edit bumps one. */
  revisions: readonly number[];
  layers: Readonly<Record<string, Layer>>;
  /** Build cache: key (the parent's key plus this instruction's content) → layer id. */
  cache: Readonly<Record<string, string>>;
  images: readonly Image[];
  build: Build | null;
  containers: readonly Container[];
  /** Counters only grow, so a name or tag is never reused after a remove. */
  builds: number;
  runs: number;
  step: Step | null;
};

export function createInitialState(): BuildFlowState {
  return {
    revisions: recipe.map(() => 0),
    layers: {},
    cache: {},
    images: [],
    build: null,
    containers: [],
    builds: 0,
    runs: 0,
    step: null,
  };
}

export function latestImage(state: BuildFlowState): Image | null {
  return state.images[state.images.length - 1] ?? null;
}

export function findImage(state: BuildFlowState, id: string): Image | null {
  return state.images.find((image) => image.id === id) ?? null;
}

/** True when the Dockerfile differs from what the newest image was built from (or nothing is built). */
export function recipeChanged(state: BuildFlowState): boolean {
  const image = latestImage(state);
  if (!image) return true;
  return image.revisions.some((revision, line) => revision !== state.revisions[line]);
}

/** The recipe line the running build will process next, or null when no build is running. */
export function nextBuildLine(state: BuildFlowState): number | null {
  return state.build ? state.build.layerIds.length : null;
}

/** Whether the next build step would come from the cache; null when no build step is possible. */
export function nextStepCached(state: BuildFlowState): boolean | null {
  if (!state.build && !recipeChanged(state)) return null;
  const line = state.build?.layerIds.length ?? 0;
  const revisions = state.build?.revisions ?? state.revisions;
  return cacheKey(state.build?.parentKey ?? '', line, revisions[line] ?? 0) in state.cache;
}

export function cacheKey(parentKey: string, line: number, revision: number): string {
  const instruction = recipe[line];
  return `${parentKey}|${line}:${instruction ? instruction.content(revision) : ''}`;
}
