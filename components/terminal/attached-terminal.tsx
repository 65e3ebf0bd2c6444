'use client';

import { lazy, Suspense, type ComponentType } from 'react';
import type { TerminalWorld } from '@/lib/terminal/program';
import type { SimulationHandle } from './use-terminal';

/**
 * A widget's terminal, on the widget's own simulation hook: a command moves the widget's picture,
 * and a button pressed in the widget shows in the terminal's world. The terminal's code and the
 * world load with the live widget (a chunk of their own), not with the page.
 */
export function attachedTerminal<S, E>(loadWorld: () => Promise<TerminalWorld<S, E>>, heading: string) {
  const Loaded: ComponentType<{ simulation: SimulationHandle<S, E> }> = lazy(() =>
    Promise.all([import('./terminal'), loadWorld()]).then(([{ Terminal }, world]) => ({
      default: function LoadedTerminal({ simulation }: { simulation: SimulationHandle<S, E> }) {
        return <Terminal world={world} simulation={simulation} />;
      },
    })),
  );
  return function AttachedTerminal({ simulation, instance }: { simulation: SimulationHandle<S, E>; instance: string }) {
    return (
      <section aria-labelledby={`${instance}-terminal`} className="space-y-2">
        <h3 id={`${instance}-terminal`} className="text-sm font-semibold text-fg">
          {heading}
        </h3>
        <Suspense fallback={<p className="text-sm text-muted">터미널을 불러오는 중입니다…</p>}>
          <Loaded simulation={simulation} />
        </Suspense>
      </section>
    );
  };
}
