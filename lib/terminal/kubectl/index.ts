import { ORCHESTRATOR, type ClusterEvent, type ClusterState } from '@/lib/simulations/orchestrator';
import type { TerminalWorld } from '../program';
import { WORKDIR } from './apply';
import { MANIFESTS } from './manifests';
import { curl } from './curl';
import { kubectl } from './program';

// The Kubernetes chapter's terminal: `kubectl` over the sandbox widget's own simulation object,
// so a command typed here moves that widget's picture and a button pressed there shows in `kubectl
// get`. The cluster starts as the chapter leaves it after its setup: the web Deployment, its
// Service, the HPA (min 2, max 10, 70 % CPU), the ConfigMap and the Secrets already applied.
export const KUBERNETES_WORLD: TerminalWorld<ClusterState, ClusterEvent> = {
  id: 'kubernetes',
  simulation: ORCHESTRATOR.sandbox,
  programs: [kubectl, curl],
  shell: { cwd: WORKDIR, env: { HOME: '/home/learner', KUBECONFIG: '/home/learner/.kube/config' } },
};

/** The manifest files in the shell's starting directory, by name, for a shell's `ls` and `cat`. */
export const KUBERNETES_FILES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(MANIFESTS).map(([name, manifest]) => [name, manifest.text]),
);

export { kubectl };
