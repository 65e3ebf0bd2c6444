import { rolloutTo } from './revisions';
import { isBuiltIn, normalizeImage, specOf, templateHashOf, templateOf } from './templates';
import type { ClusterEvent, ClusterState, ManifestChange, PodTemplate, Step, VersionId, WorkloadSpec } from './types';
import { VERSIONS } from './versions';

// Applying an edited manifest (`kubectl apply -f` or 적용): the API server stores the new object
// and the controllers react on their next sync. What the simulation honours is changed here; the
// rest the file changed is carried in `unmodelled` and said in the narration, never dropped silently.

type ApplyEvent = Extract<ClusterEvent, { type: 'apply-manifest' }>;

/** The version a written template runs as: one of the chapter's releases when it is exactly one, else a template of its own. */
export function versionFor(template: Omit<PodTemplate, 'hash'>): { version: VersionId; written: PodTemplate | null } {
  const release = (Object.keys(VERSIONS) as (keyof typeof VERSIONS)[]).find((id) => {
    const known = templateOf({}, id);
    return (
      known.image === normalizeImage(template.image) &&
      known.cpu === template.cpu &&
      known.readinessPath === template.readinessPath &&
      known.readinessPort === template.readinessPort
    );
  });
  if (release) return { version: release, written: null };
  const hash = templateHashOf(template);
  return { version: `t-${hash}`, written: { ...template, hash } };
}

const show = (value: number | string) => String(value);

function templateChanges(state: ClusterState, from: VersionId, to: Omit<PodTemplate, 'hash'>): string[] {
  const before = templateOf(state, from);
  const changes: string[] = [];
  if (normalizeImage(before.image) !== normalizeImage(to.image)) changes.push(`이미지 ${before.image} → ${to.image}`);
  if (before.cpu !== to.cpu) changes.push(`CPU 요청 ${before.cpu}m → ${to.cpu}m`);
  if (before.readinessPath !== to.readinessPath) changes.push(`준비성 프로브 경로 ${before.readinessPath} → ${to.readinessPath}`);
  if (before.readinessPort !== to.readinessPort) changes.push(`준비성 프로브 포트 ${before.readinessPort} → ${to.readinessPort}`);
  return changes;
}

function specChanges(before: WorkloadSpec, after: WorkloadSpec): string[] {
  const names: [keyof WorkloadSpec, string][] = [
    ['maxSurge', 'maxSurge'],
    ['maxUnavailable', 'maxUnavailable'],
    ['minReplicas', 'minReplicas'],
    ['maxReplicas', 'maxReplicas'],
    ['targetUtilization', '목표 CPU 사용률(averageUtilization)'],
  ];
  return names
    .filter(([key]) => before[key] !== after[key])
    .map(
      ([key, name]) =>
        `${name} ${show(before[key])}${key === 'targetUtilization' ? '%' : ''} → ${show(after[key])}${key === 'targetUtilization' ? '%' : ''}`,
    );
}

function applyChange(state: ClusterState, change: ManifestChange, now: number): { state: ClusterState; changes: string[] } {
  const spec = specOf(state);
  switch (change.kind) {
    case 'deployment': {
      const nextSpec = { ...spec, maxSurge: change.maxSurge, maxUnavailable: change.maxUnavailable };
      const changes = specChanges(spec, nextSpec);
      let next: ClusterState = changes.length > 0 ? { ...state, spec: nextSpec } : state;
      const { version, written } = versionFor(change.template);
      if (version !== state.deployment.version) {
        changes.unshift(...templateChanges(state, state.deployment.version, change.template));
        const templates = written && !isBuiltIn(version) ? { ...next.templates, [version]: written } : next.templates;
        next = { ...next, ...(templates ? { templates } : {}) };
        next = { ...next, deployment: rolloutTo(next, version, now) };
      }
      if (change.replicas !== null && change.replicas !== next.deployment.replicas) {
        changes.push(`replicas ${next.deployment.replicas} → ${change.replicas}`);
        next = { ...next, deployment: { ...next.deployment, replicas: change.replicas } };
      }
      return { state: next, changes };
    }
    case 'hpa': {
      const { minReplicas, maxReplicas, targetUtilization } = change;
      const nextSpec = { ...spec, minReplicas, maxReplicas, targetUtilization };
      const changes = specChanges(spec, nextSpec);
      return { state: changes.length > 0 ? { ...state, spec: nextSpec } : state, changes };
    }
    case 'service':
      return { state, changes: [] };
  }
}

export function applyManifest(state: ClusterState, event: ApplyEvent, now: number): Step {
  const { change, canonical, unmodelled } = event;
  const { state: changed, changes } = applyChange(state, change, now);
  if (changed === state && state.applied?.[change.kind] === canonical) return { state, notes: [] };
  return {
    state: { ...changed, applied: { ...state.applied, [change.kind]: canonical } },
    notes: [{ kind: 'manifest-applied', manifest: change.kind, changes, unmodelled }],
  };
}

/** Whether applying `change` would leave the simulated cluster as it is (kubectl's "unchanged", together with the last-applied text). */
export function changesNothing(state: ClusterState, change: ManifestChange): boolean {
  return applyChange(state, change, state.time).state === state;
}
