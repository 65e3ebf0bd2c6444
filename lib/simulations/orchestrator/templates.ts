import { HPA, MAX_SURGE, MAX_UNAVAILABLE, POD_REQUESTS } from './config';
import type { ClusterState, PodTemplate, VersionId, WorkloadSpec } from './types';
import { VERSIONS } from './versions';

// What the Deployment's pod template and the autoscaler say, read from the state: the chapter's
// three built-in versions (v1–v3, what the widget's buttons deploy) and any template the reader
// wrote in the manifest editor and applied. A state without `templates`/`spec` (every state from
// before the editor, and every old scene link) reads as the chapter's manifests.

/** The simulated registry: myteam/myapp has exactly the tags the chapter pushed. */
export const REGISTRY_IMAGES: readonly string[] = Object.values(VERSIONS).map((version) => version.image);

/** The readiness probe the app answers: Rails 7.1's `/up` on the container port. */
export const HEALTH = { path: '/up', port: 3000 } as const;

/** `myteam/myapp:1.0` and `docker.io/myteam/myapp:1.0` name the same image; no tag means `:latest`. */
export function normalizeImage(image: string): string {
  const bare = image.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  const lastSlash = bare.lastIndexOf('/');
  return bare.slice(lastSlash + 1).includes(':') || bare.includes('@') ? bare : `${bare}:latest`;
}

export function imageExists(image: string): boolean {
  return REGISTRY_IMAGES.includes(normalizeImage(image));
}

export interface ResolvedTemplate extends PodTemplate {
  /** The image exists in the registry, so the kubelet can pull it. */
  pullable: boolean;
  /** The readiness probe passes once the container runs: the image's app is healthy and the probe asks the right place. */
  becomesReady: boolean;
}

function builtIn(version: keyof typeof VERSIONS): ResolvedTemplate {
  const known = VERSIONS[version];
  return {
    image: known.image,
    hash: known.hash,
    cpu: POD_REQUESTS.cpu,
    readinessPath: HEALTH.path,
    readinessPort: HEALTH.port,
    pullable: true,
    becomesReady: known.becomesReady,
  };
}

export function isBuiltIn(version: VersionId): version is keyof typeof VERSIONS {
  return version === 'v1' || version === 'v2' || version === 'v3';
}

// Read on every tick for every pod (the scheduler, the autoscaler): built once.
const BUILT_IN: Record<keyof typeof VERSIONS, ResolvedTemplate> = { v1: builtIn('v1'), v2: builtIn('v2'), v3: builtIn('v3') };

export function templateOf(state: Pick<ClusterState, 'templates'>, version: VersionId): ResolvedTemplate {
  if (isBuiltIn(version)) return BUILT_IN[version];
  const written = state.templates?.[version];
  // A version the state does not know cannot come from the rules; read it as the first release.
  if (!written) return BUILT_IN.v1;
  const release = (Object.keys(VERSIONS) as (keyof typeof VERSIONS)[]).find(
    (id) => VERSIONS[id].image === normalizeImage(written.image),
  );
  // No readiness probe (empty path): the pod is ready once its container runs, whatever the app does.
  const probeAnswers =
    written.readinessPath === '' ||
    (release !== undefined &&
      VERSIONS[release].becomesReady &&
      written.readinessPath === HEALTH.path &&
      written.readinessPort === HEALTH.port);
  return { ...written, pullable: release !== undefined, becomesReady: release !== undefined && probeAnswers };
}

/** The image the Deployment's pods of `version` run. */
export function imageOfVersion(state: Pick<ClusterState, 'templates'>, version: VersionId): string {
  return templateOf(state, version).image;
}

export function replicaSetNameOf(state: Pick<ClusterState, 'templates'>, version: VersionId): string {
  return `web-${templateOf(state, version).hash}`;
}

/** The pod's CPU request in millicores. */
export function cpuRequestOf(state: Pick<ClusterState, 'templates'>, version: VersionId): number {
  return templateOf(state, version).cpu;
}

export const DEFAULT_SPEC: WorkloadSpec = {
  maxSurge: MAX_SURGE,
  maxUnavailable: MAX_UNAVAILABLE,
  minReplicas: HPA.minReplicas,
  maxReplicas: HPA.maxReplicas,
  targetUtilization: HPA.targetUtilization,
};

export function specOf(state: Pick<ClusterState, 'spec'>): WorkloadSpec {
  return state.spec ?? DEFAULT_SPEC;
}

/**
 * maxSurge and maxUnavailable as pod counts for `replicas`, as the Deployment controller resolves
 * them (deployment/util ResolveFenceposts): a percentage of surge rounds up, of unavailable down,
 * and both zero would never progress, so unavailable becomes 1.
 */
export function resolveStrategy(spec: WorkloadSpec, replicas: number): { surge: number; unavailable: number } {
  const resolve = (value: number | string, roundUp: boolean) => {
    if (typeof value === 'number') return value;
    const percent = Number(value.slice(0, -1));
    const exact = (percent * replicas) / 100;
    return roundUp ? Math.ceil(exact) : Math.floor(exact);
  };
  const surge = resolve(spec.maxSurge, true);
  const unavailable = resolve(spec.maxUnavailable, false);
  return surge === 0 && unavailable === 0 ? { surge, unavailable: 1 } : { surge, unavailable };
}

// pod-template-hash characters: Kubernetes' SafeEncodeString alphabet (no vowels, no look-alikes).
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** A deterministic five-character template hash for a template the reader wrote. */
export function templateHashOf(template: Omit<PodTemplate, 'hash'>): string {
  let hash = 0x811c9dc5;
  for (const char of `${template.image}|${template.cpu}|${template.readinessPath}|${template.readinessPort}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 5; i += 1) {
    out += SAFE[hash % SAFE.length];
    hash = Math.floor(hash / SAFE.length) ^ Math.imul(hash, 31);
    hash >>>= 0;
  }
  return out;
}
