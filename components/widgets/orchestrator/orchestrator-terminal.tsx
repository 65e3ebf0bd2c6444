'use client';

import { attachedTerminal } from '@/components/terminal/attached-terminal';

// The sandbox's kubectl terminal: `kubectl scale` moves the map at once, and a node failed by
// button shows in `kubectl get nodes`.
export const OrchestratorTerminal = attachedTerminal(
  () => import('@/lib/terminal/kubectl').then((module) => module.KUBERNETES_WORLD),
  'kubectl로 같은 클러스터 다루기',
);
