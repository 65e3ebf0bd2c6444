import { scaleXClass } from '@/components/scale-x';
import {
  LIMIT_RPS,
  failedScheduling,
  isBuiltIn,
  isServing,
  templateOf,
  unschedulableNow,
  type ClusterNode,
  type ClusterState,
  type Pod,
  type ReleaseId,
} from '@/lib/simulations/orchestrator';

type Props = { state: ClusterState; animate: boolean };

const versionFill = {
  v1: 'border-accent-strong bg-accent-strong text-bg',
  v2: 'border-ok bg-ok text-bg',
  v3: 'border-warn bg-warn text-bg',
};
const versionLine = { v1: 'border-accent-strong', v2: 'border-ok', v3: 'border-warn' };

/** A written template is drawn in its image's release colour; an image the registry lacks, as the broken release. */
function colourOf(state: ClusterState, pod: Pod): ReleaseId {
  if (isBuiltIn(pod.version)) return pod.version;
  const image = templateOf(state, pod.version).image;
  const releases: Record<string, ReleaseId> = { 'myteam/myapp:1.0': 'v1', 'myteam/myapp:1.1': 'v2' };
  return releases[image.replace(/^docker\.io\//, '')] ?? 'v3';
}

/** The short name on a pod: its release (v1–v3), or the tag of a template the reader wrote. */
export function podBadge(state: ClusterState, pod: Pod): string {
  if (isBuiltIn(pod.version)) return pod.version;
  const image = templateOf(state, pod.version).image;
  return `:${image.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : 'latest'}`;
}

function look(pod: Pod, nodeUp: boolean, colour: ReleaseId): { className: string; label: string } {
  // Shrinks rather than fades: faded text would fail contrast while the reader is still reading it.
  if (pod.status === 'Terminating')
    return { className: `scale-90 border-dashed border-line bg-surface text-muted`, label: '종료' };
  if (pod.status === 'Error' || pod.status === 'CrashLoopBackOff')
    return { className: 'border-warn bg-warn-soft text-warn', label: '재시작' };
  if (pod.status === 'ErrImagePull' || pod.status === 'ImagePullBackOff')
    return { className: 'border-warn bg-warn-soft text-warn', label: '받기 실패' };
  // On a stopped machine nothing answers, whatever the API still says.
  if (!nodeUp) return { className: `border-dashed bg-bg text-fg ${versionLine[colour]}`, label: '무응답' };
  if (pod.ready) return { className: versionFill[colour], label: '준비' };
  // Running but not ready: the readiness probe has not passed (yet, or ever for v3).
  const label = pod.status === 'Pending' ? '대기' : pod.status === 'ContainerCreating' ? '생성' : '점검';
  return { className: `border-dashed bg-bg text-fg ${versionLine[colour]}`, label };
}

// What the control plane shows, and that the machine is off while it does not know yet.
function nodeLabel(node: ClusterNode): string {
  if (node.up) return node.condition;
  return node.condition === 'Ready' ? '꺼짐 · 아직 Ready' : '꺼짐 · NotReady';
}

// The picture of the cluster. It repeats what the table says, so it is hidden from screen readers.
// Pods enter, shrink away and show their traffic with transform and opacity only.
export function ClusterMap({ state, animate }: Props) {
  const unscheduled = state.pods.filter((p) => p.node === null);
  const why = unschedulableNow(state);
  return (
    <div aria-hidden="true" className="space-y-2">
      <div className="flex items-center justify-between gap-2 rounded-lg border border-line bg-surface px-3 py-1.5 text-xs text-fg">
        <span className="font-semibold">Service web</span>
        <span>
          초당 {state.load}건 → 준비된 파드 {state.pods.filter((p) => isServing(p, state)).length}개
          {state.traffic.failed > 0 && <span className="font-semibold text-warn"> · 실패 {state.traffic.failed}건/초</span>}
        </span>
      </div>
      <ul className="grid grid-cols-3 gap-2">
        {state.nodes.map((node) => (
          <li
            key={node.name}
            className={`min-w-0 rounded-lg border p-1.5 sm:p-2 ${node.up ? 'border-line bg-bg' : 'border-warn bg-warn-soft'}`}
          >
            <p className="flex flex-wrap items-baseline justify-between gap-x-1 text-xs leading-5">
              <span className="font-mono font-semibold text-fg">{node.name}</span>
              <span className={node.up && node.condition === 'Ready' ? 'text-muted' : 'font-semibold text-warn'}>
                {nodeLabel(node)}
              </span>
            </p>
            <ul className="mt-1.5 grid min-h-[4.75rem] grid-cols-2 content-start gap-1.5 sm:min-h-[6.5rem]">
              {state.pods
                .filter((p) => p.node === node.name)
                .map((pod) => (
                  <PodShape key={pod.name} pod={pod} state={state} nodeUp={node.up} animate={animate} />
                ))}
            </ul>
          </li>
        ))}
      </ul>
      {unscheduled.length > 0 && (
        <p className="text-xs text-muted">
          배치를 기다리는 파드(Pending): <span className="font-semibold text-fg">{unscheduled.length}개</span>
          {/* The scheduler's message is long; on a phone the narration and the record carry it. */}
          {why && <span className="hidden font-mono sm:inline"> · {failedScheduling(why)}</span>}
        </p>
      )}
    </div>
  );
}

function PodShape({ pod, state, nodeUp, animate }: { pod: Pod; state: ClusterState; nodeUp: boolean; animate: boolean }) {
  const { className, label } = look(pod, nodeUp, colourOf(state, pod));
  // Only pods created while the reader watches fade in; the ones there from the start just are.
  const enter = animate && pod.createdAt > 0 ? 'motion-safe:starting:scale-50 motion-safe:starting:opacity-0' : '';
  return (
    <li
      className={`relative flex h-9 min-w-0 flex-col items-center justify-center overflow-hidden rounded-md border-2 text-[0.6875rem] leading-4 font-semibold motion-safe:transition-[opacity,transform] motion-safe:duration-500 sm:h-12 ${enter} ${className}`}
    >
      <span className="max-w-full truncate px-0.5">{podBadge(state, pod)}</span>
      <span className="font-normal">{label}</span>
      <span
        className={`absolute inset-x-1 bottom-0.5 h-1 origin-left rounded-full bg-current motion-safe:transition-transform motion-safe:duration-500 ${scaleXClass(pod.servedRps / LIMIT_RPS)}`}
      />
    </li>
  );
}
