import type { ClusterState, VersionId } from './types';

/** deployment.kubernetes.io/revision of each ReplicaSet; a state from before revisions were kept has revision 1 only. */
export function revisionsOf(deployment: ClusterState['deployment']): Partial<Record<VersionId, number>> {
  return deployment.revisions ?? { [deployment.version]: 1 };
}

/** The Deployment after its pod template changed to `version`: a new revision and a rollout from `now`. */
export function rolloutTo(state: ClusterState, version: VersionId, now: number): ClusterState['deployment'] {
  return {
    ...state.deployment,
    version,
    previousVersion: state.deployment.version,
    // A rollback, too, gives the ReplicaSet it returns to the next revision number.
    revisions: {
      ...revisionsOf(state.deployment),
      [version]: Math.max(0, ...Object.values(revisionsOf(state.deployment)).filter((n) => n !== undefined)) + 1,
    },
    rolloutStartedAt: now,
    failedAtRolloutStart: state.traffic.totalFailed,
    stallReported: false,
  };
}
