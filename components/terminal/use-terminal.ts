'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { complete } from '@/lib/terminal/complete';
import type { TerminalWorld } from '@/lib/terminal/program';
import {
  browseHistory,
  createSession,
  followUp,
  interrupt,
  promptOf,
  submitAll,
  type Session,
  type TerminalLine,
} from '@/lib/terminal/session';
import type { useSimulation } from '@/components/widgets/shared/use-simulation';

export type SimulationHandle<S, E> = ReturnType<typeof useSimulation<S, E>>;

/** What one command (or one follow update) printed: announced as one addition to the log. */
export type Entry = { readonly id: number; readonly lines: readonly TerminalLine[] };

// Enough to scroll back through a session; older entries leave the page so a long `-w` stays light.
const keptEntries = 200;

const greeting: TerminalLine[] = [
  { stream: 'hint', text: '명령을 입력하고 Enter를 누르세요. help를 입력하면 쓸 수 있는 명령을 볼 수 있습니다.' },
];

/**
 * The terminal's React side: the session, the log, the input line, history and completion. Every
 * rule is in lib/terminal/session.ts; this only threads the simulation's state through it and sends
 * the events it answers with. The clock is the simulation hook's own: a command that changes the
 * world or follows it starts it with `play`.
 */
export function useTerminal<S, E>(world: TerminalWorld<S, E>, simulation: SimulationHandle<S, E>) {
  const [session, setSession] = useState<Session<S, E>>(() => createSession(world));
  const [entries, setEntries] = useState<readonly Entry[]>(() => [{ id: 0, lines: greeting }]);
  const [input, setInput] = useState('');
  const [browsing, setBrowsing] = useState<{ index: number | null; draft: string }>({ index: null, draft: '' });
  const [listed, setListed] = useState<string | null>(null);
  const nextId = useRef(1);
  // The latest of each, for handlers that run between renders (several lines sent at once).
  const latest = useRef({ session, state: simulation.state, now: simulation.now });
  const seen = useRef(simulation.state);

  const append = useCallback((lines: readonly TerminalLine[], clear = false) => {
    const entry = { id: nextId.current++, lines };
    setEntries((previous) => (clear ? [entry] : [...previous, entry].slice(-keptEntries)));
  }, []);

  const { send, play } = simulation;
  const run = useCallback(
    (lines: readonly string[]) => {
      const { session: current, state, now } = latest.current;
      const step = submitAll(current, lines, world, state, now);
      for (const event of step.events) send(event);
      if (step.events.length > 0 || (step.session.follow && !current.follow)) play();
      latest.current = { session: step.session, state: step.state, now };
      seen.current = step.state;
      setSession(step.session);
      append(step.output, step.clear);
      setBrowsing({ index: null, draft: '' });
      setListed(null);
    },
    [world, send, play, append],
  );

  // A follow prints what changed with each new state of the world, whoever changed it.
  useEffect(() => {
    const before = seen.current;
    seen.current = simulation.state;
    latest.current = { ...latest.current, state: simulation.state, now: simulation.now };
    const lines = followUp(latest.current.session, before, simulation.state, simulation.now);
    if (lines.length > 0) append(lines);
  }, [simulation.state, simulation.now, append]);

  const submitInput = useCallback(() => {
    run([input]);
    setInput('');
  }, [input, run]);

  const stop = useCallback(() => {
    const result = interrupt(latest.current.session, input);
    for (const event of result.events) send(event);
    latest.current = { ...latest.current, session: result.session };
    setSession(result.session);
    append(result.output);
    setInput('');
  }, [input, send, append]);

  /** Tab: true when it did something (so the key should not also move focus). */
  const completeInput = useCallback((): boolean => {
    const result = complete(latest.current.session, input, world, latest.current.state);
    if (result.input !== input) {
      setInput(result.input);
      return true;
    }
    if (result.options.length === 0 || listed === input) return false;
    append([
      { stream: 'input', prompt: promptOf(latest.current.session), text: input },
      { stream: 'stdout', text: result.options.join('  ') },
    ]);
    setListed(input);
    return true;
  }, [input, listed, world, append]);

  const browse = useCallback(
    (direction: 'up' | 'down'): boolean => {
      const history = latest.current.session.history;
      const index = browseHistory(history, browsing.index, direction);
      if (index === browsing.index) return false;
      const draft = browsing.index === null ? input : browsing.draft;
      setBrowsing({ index, draft });
      setInput(index === null ? draft : (history[index] ?? ''));
      return true;
    },
    [browsing, input],
  );

  const clearScreen = useCallback(() => setEntries([]), []);

  return {
    entries,
    prompt: promptOf(session),
    following: session.follow !== null,
    input,
    setInput,
    submitInput,
    run,
    stop,
    completeInput,
    browse,
    clearScreen,
  };
}
