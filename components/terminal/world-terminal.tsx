'use client';

import type { TerminalWorld } from '@/lib/terminal/program';
import { useHydrated } from '../use-hydrated';
import { Terminal } from './terminal';
import { TerminalFrame } from './terminal-frame';

// A standalone terminal in its frame. On the server and without JavaScript the frame says what
// would be here; an input that cannot run anything is not shown.
export function WorldTerminal<S, E>({ world }: { world: TerminalWorld<S, E> }) {
  const hydrated = useHydrated();
  return <TerminalFrame world={world.id}>{hydrated ? <Terminal world={world} /> : undefined}</TerminalFrame>;
}

/** The MDX component for one world, with the world bound (so each world keeps its own types). */
export function terminalFor<S, E>(world: TerminalWorld<S, E>) {
  return function BoundTerminal() {
    return <WorldTerminal world={world} />;
  };
}
