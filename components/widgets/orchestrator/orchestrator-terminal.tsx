'use client';

import { lazy, Suspense } from 'react';
import type { ClusterEvent, ClusterState } from '@/lib/simulations/orchestrator';
import type { LiveSimulation } from '../shared/simulation-frame';

// The sandbox's kubectl terminal, on the widget's own simulation hook: `kubectl scale` moves the map
// at once, and a node failed by button shows in `kubectl get nodes`. Its code (the terminal and
// kubectl) loads with the live widget, not with the page.
const KubectlTerminal = lazy(() =>
  Promise.all([import('@/components/terminal/terminal'), import('@/lib/terminal/kubectl')]).then(
    ([{ Terminal }, { KUBERNETES_WORLD }]) => ({
      default: function KubectlTerminal({ live }: { live: LiveSimulation<ClusterState, ClusterEvent> }) {
        return <Terminal world={KUBERNETES_WORLD} simulation={live} />;
      },
    }),
  ),
);

export function OrchestratorTerminal({ live }: { live: LiveSimulation<ClusterState, ClusterEvent> }) {
  return (
    <section aria-labelledby={`${live.instance}-terminal`} className="space-y-2">
      <h3 id={`${live.instance}-terminal`} className="text-sm font-semibold text-fg">
        kubectl로 같은 클러스터 다루기
      </h3>
      <Suspense fallback={<p className="text-sm text-muted">터미널을 불러오는 중입니다…</p>}>
        <KubectlTerminal live={live} />
      </Suspense>
    </section>
  );
}
