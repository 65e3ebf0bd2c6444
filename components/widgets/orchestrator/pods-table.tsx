import type { ClusterState } from '@/lib/simulations/orchestrator';
import { formatAge, readyColumn } from './format';

type Props = { state: ClusterState; label: string };

const statusTone: Record<string, string> = {
  Running: 'text-fg',
  Pending: 'text-muted',
  ContainerCreating: 'text-muted',
  Terminating: 'text-muted',
  Error: 'text-warn font-semibold',
  CrashLoopBackOff: 'text-warn font-semibold',
};

// The accessible view of the cluster: the same columns `kubectl get pods -o wide` would print.
export function PodsTable({ state, label }: Props) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-left font-mono text-xs leading-6 whitespace-nowrap">
        <caption className="bg-surface px-2.5 py-1.5 text-left font-sans text-xs font-semibold text-muted">
          <code>kubectl get pods</code> 결과 (파드 {state.pods.length}개)
        </caption>
        <thead>
          <tr className="border-b border-line text-muted">
            {['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'NODE'].map((h) => (
              <th key={h} scope="col" className="px-2.5 py-1 font-semibold whitespace-nowrap">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {state.pods.map((pod) => (
            <tr key={pod.name} className="border-b border-line last:border-0">
              <th scope="row" className="px-2.5 py-0.5 font-normal whitespace-nowrap text-fg">
                {pod.name}
              </th>
              <td className="px-2.5 py-0.5 text-fg">{readyColumn(pod)}</td>
              <td className={`px-2.5 py-0.5 whitespace-nowrap ${statusTone[pod.status] ?? 'text-fg'}`}>{pod.status}</td>
              <td className="px-2.5 py-0.5 text-fg">{pod.restarts}</td>
              <td className="px-2.5 py-0.5 text-fg">{formatAge(state.time - pod.createdAt)}</td>
              <td className="px-2.5 py-0.5 whitespace-nowrap text-fg">{pod.node ?? '<none>'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
