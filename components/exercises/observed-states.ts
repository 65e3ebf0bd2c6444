'use client';

import { useEffect } from 'react';

// The live states the page's widgets and standalone terminals publish, by source key (a widget's
// instance id, a terminal's element id), for the exercises that watch them. A plain module in the
// chunks of both sides, with no React state of its own: a widget that nobody watches pays one Map
// write per change. The latest state is kept, so an exercise whose code arrives after the reader
// started still sees where they are.

type Listener = (state: unknown) => void;

const latest = new Map<string, unknown>();
const listeners = new Map<string, Set<Listener>>();

export function publishState(key: string, state: unknown): void {
  latest.set(key, state);
  for (const listener of listeners.get(key) ?? []) listener(state);
}

/** Calls `listener` with the latest state now (if any) and with every state published after. */
export function observeState(key: string, listener: Listener): () => void {
  const set = listeners.get(key) ?? new Set<Listener>();
  listeners.set(key, set);
  set.add(listener);
  if (latest.has(key)) listener(latest.get(key));
  return () => {
    set.delete(listener);
  };
}

/** Publishes each new state of a simulation under `key` (a widget's frame, a standalone terminal). */
export function usePublishedState(key: string, state: unknown): void {
  useEffect(() => publishState(key, state), [key, state]);
}

/** For tests: forget every published state and listener. */
export function forgetObservedStates(): void {
  latest.clear();
  listeners.clear();
}
