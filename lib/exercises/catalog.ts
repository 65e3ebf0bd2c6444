import { backgroundChecks } from './checks/background';
import { containerChecks } from './checks/container';
import { dockerChecks } from './checks/docker';
import { dockerDesktopChecks } from './checks/docker-desktop';
import { dockerHubChecks } from './checks/docker-hub';
import { kubernetesChecks } from './checks/kubernetes';
import type { ExerciseId } from './ids';
import type { ExerciseCheck } from './source';

// Every exercise's check, by id. Loaded with the exercises (components/exercises/exercise-live.tsx),
// never with the page. `satisfies` makes a missing or unknown id a type error.
const checks = {
  ...dockerChecks,
  ...backgroundChecks,
  ...containerChecks,
  ...dockerHubChecks,
  ...dockerDesktopChecks,
  ...kubernetesChecks,
} satisfies Record<ExerciseId, unknown>;

/** The check of one exercise, its state type erased: the source it names publishes that state. */
export function exerciseCheck(id: ExerciseId): ExerciseCheck<unknown> {
  return checks[id] as ExerciseCheck<unknown>;
}
