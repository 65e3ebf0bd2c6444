import type { ClusterEvent, ClusterState } from '@/lib/simulations/orchestrator';
import type { CommandResult, OutputLine } from '../program';

export type Result = CommandResult<ClusterState, ClusterEvent>;

const split = (stream: OutputLine['stream'], text: string): OutputLine[] =>
  text.split('\n').map((line) => ({ stream, text: line }));

export const stdout = (text: string) => split('stdout', text);
export const stderr = (text: string) => split('stderr', text);
export const hint = (text: string): OutputLine[] => [{ stream: 'hint', text }];

/** A failure as kubectl prints it (stderr, exit 1) and one Korean line on what happened and what to try. */
export function failure(text: string, korean: string, exitCode = 1): Result {
  return { events: [], output: [...stderr(text), ...hint(korean)], exitCode };
}

export function success(output: readonly OutputLine[], events: readonly ClusterEvent[] = []): Result {
  return { events, output, exitCode: 0 };
}

/** `See 'kubectl get -h' for help and examples` (cmdutil.UsageErrorf). */
export function usageError(command: string, message: string, korean: string): Result {
  return failure(`error: ${message}\nSee 'kubectl ${command} -h' for help and examples`, korean);
}

/** What this practice cluster does not do, said in Korean only (no invented kubectl text), exit 1. */
export function unsupported(korean: string): Result {
  return { events: [], output: hint(korean), exitCode: 1 };
}
