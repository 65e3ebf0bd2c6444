import type { CommandResult, OutputLine } from '../program';
import type { EngineEvent } from './engine-events';
import type { EngineState } from './engine-state';

// Building blocks of a command's answer. An error is the real tool's text, line by line on
// stderr, then one Korean line (stream 'hint') that says what happened and what to try.

export type DockerResult = CommandResult<EngineState, EngineEvent>;

/** An answer with no follow or shell: fits any world's CommandResult. */
export type Answer<E> = { readonly events: readonly E[]; readonly output: readonly OutputLine[]; readonly exitCode: number };

export const out = (lines: readonly string[]): OutputLine[] => lines.map((text) => ({ stream: 'stdout', text }));
export const err = (lines: readonly string[]): OutputLine[] => lines.map((text) => ({ stream: 'stderr', text }));
export const hint = (text: string): OutputLine => ({ stream: 'hint', text });

export function ok<E = never>(lines: readonly string[], events: readonly E[] = []): Answer<E> {
  return { events, output: out(lines), exitCode: 0 };
}

/** The real message (may hold newlines), its Korean explanation and docker's exit status. */
export function fail(message: string, explanation: string, exitCode = 1, before: readonly OutputLine[] = []): Answer<never> {
  return { events: [], output: [...before, ...err(message.split('\n')), hint(explanation)], exitCode };
}
