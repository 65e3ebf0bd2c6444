import {
  BACKOFF,
  EVICTION_TOLERATION,
  HPA,
  LIMIT_RPS,
  NODE_ALLOCATABLE,
  NODE_MONITOR_GRACE,
  POD_REQUESTS,
  PROGRESS_DEADLINE,
  type Duration,
} from './config';
import { specOf, templateOf } from './templates';
import type { AutoscalerReading, ClusterState, LogEntry, NodeName, Note, Unschedulable, VersionId } from './types';

// Every Korean sentence the cluster says, made from notes (data the controllers return). Two
// registers: `speak` is the live narration, one message per moment worth announcing, with no
// random pod names in it (a screen reader would spell them out); `record` is one line per note
// for the written record, where names help the reader match the table.

/** What a sentence may look up: the images of written templates and the applied strategy. */
export type Known = Pick<ClusterState, 'templates' | 'spec'>;
const image = (version: VersionId, known: Known) => templateOf(known, version).image;
const target = (reading: AutoscalerReading) => reading.target ?? HPA.targetUtilization;
const minOf = (reading: AutoscalerReading) => reading.min ?? HPA.minReplicas;
const maxOf = (reading: AutoscalerReading) => reading.max ?? HPA.maxReplicas;

/** "5분", "50초", "1분 30초". */
export function seconds(total: number): string {
  if (total < 60) return `${total}초`;
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  return rest === 0 ? `${minutes}분` : `${minutes}분 ${rest}초`;
}

/** A compressed wait, said as what it really is and what it is here. */
export function compressed(duration: Duration): string {
  return `실제 기본값 ${seconds(duration.real)}, 여기서는 ${seconds(duration.shown)}`;
}

// Particles after names that end in a digit, read as Korean numerals (node-1 일, node-2 이, node-3
// 삼; myteam/myapp:1.0 영, :1.1 일, :1.2 이): 받침 or not, and ㄹ, which takes 로 like a vowel.
const final = (name: string) => /[136780]$/.test(name);
const subject = (name: NodeName) => `${name}${final(name) ? '이' : '가'}`;
export const topic = (name: string) => `${name}${final(name) ? '은' : '는'}`;
/** `myteam/myapp:1.0으로`, `myteam/myapp:1.1로`, `myteam/myapp:1.2로`. */
export const towards = (name: string) => `${name}${final(name) && !/[178]$/.test(name) ? '으로' : '로'}`;
/** `myteam/myapp:1.1을`, `myteam/myapp:1.2를`. */
export const object = (name: string) => `${name}${final(name) ? '을' : '를'}`;

/** The scheduler's FailedScheduling message, as kube-scheduler words it (its first sentence). */
export function failedScheduling(reason: Unschedulable): string {
  const parts = [
    reason.insufficientCpu > 0 ? `${reason.insufficientCpu} Insufficient cpu` : '',
    reason.insufficientMemory ? `${reason.insufficientMemory} Insufficient memory` : '',
    reason.unreachable > 0 ? `${reason.unreachable} node(s) had untolerated taint {node.kubernetes.io/unreachable: }` : '',
    reason.cordoned ? `${reason.cordoned} node(s) were unschedulable` : '',
  ]
    .filter(Boolean)
    .sort();
  return `0/${reason.nodes} nodes are available: ${parts.join(', ')}.`;
}

function pending(reason: Unschedulable): string {
  const cpu = reason.cpu ?? POD_REQUESTS.cpu;
  const perNode = Math.floor(NODE_ALLOCATABLE.cpu / cpu);
  const why =
    reason.insufficientCpu > 0
      ? ` 노드마다 CPU ${NODE_ALLOCATABLE.cpu}m 가운데 파드 하나가 ${cpu}m를 요청하므로 한 노드에 ${perNode}개까지 들어갑니다.`
      : reason.cordoned
        ? ' 새 파드를 받는 노드가 없습니다(cordon된 노드는 받지 않습니다).'
        : ' 켜져 있는 노드가 없습니다.';
  return `파드 ${reason.pods}개가 Pending 상태로 기다립니다. 스케줄러가 놓을 노드를 찾지 못했습니다: "${failedScheduling(reason)}"${why}`;
}

/** The scheduler's reasons in a few words (the record and the map carry its full message). */
function shortage(reason: Unschedulable): string {
  const parts = [
    reason.insufficientCpu > 0 ? `노드 ${reason.insufficientCpu}개는 CPU가 모자라고` : '',
    reason.unreachable > 0 ? `노드 ${reason.unreachable}개는 응답하지 않습니다` : '',
    reason.cordoned ? `노드 ${reason.cordoned}개는 cordon되어 있습니다` : '',
  ].filter(Boolean);
  return parts.join(', ').replace(/모자라고$/, '모자랍니다');
}

/** The formula with the numbers it used: ⌈4 × 95 ÷ 70⌉ = 6. */
function formula(reading: AutoscalerReading, up: boolean): string {
  const counted = up ? reading.ready + reading.notReady + reading.missing : reading.ready + reading.missing;
  return `⌈${counted} × ${Math.round(reading.utilization)} ÷ ${target(reading)}⌉ = ${reading.raw}`;
}

/** How the HPA filled in the pods it has no usable figure for, when it did. */
function fillIn(reading: AutoscalerReading, up: boolean): string {
  const parts: string[] = [];
  if (up && reading.notReady > 0) parts.push(`아직 준비되지 않은 파드 ${reading.notReady}개는 0%로`);
  if (reading.missing > 0) parts.push(`응답 없는 노드의 파드 ${reading.missing}개는 지표가 없어 ${up ? '0%' : '100%'}로`);
  if (parts.length === 0) return '';
  return ` ${parts.join(', ')} 쳐서(보수적인 계산) 평균을 ${Math.round(reading.utilization)}%로 봅니다.`;
}

function scaled(note: Extract<Note, { kind: 'scaled' }>): string {
  const { reading, from, to, limit } = note;
  const up = to > from;
  const ready = `준비된 파드 ${reading.ready}개의 평균 CPU 사용률이 ${Math.round(reading.readyUtilization)}%`;
  const cap =
    limit === 'max'
      ? `. 최댓값 maxReplicas가 ${maxOf(reading)}개라 ${to}개에서 멈춥니다`
      : limit === 'min'
        ? `. 최솟값 minReplicas가 ${minOf(reading)}개라 ${to}개까지만 줄입니다`
        : limit === 'rate' && up
          ? `. 한 번에 두 배 또는 4개까지만 늘리므로 ${to}개`
          : limit === 'rate'
            ? `. 안정화 기간 동안의 가장 큰 권장값인 ${to}개`
            : '';
  if (up) {
    return `Horizontal Pod Autoscaler: ${ready}로 목표 ${target(reading)}%보다 높습니다.${fillIn(reading, true)} 레플리카를 ${from}개에서 ${to}개로 늘립니다(${formula(reading, true)}${cap}).`;
  }
  return `Horizontal Pod Autoscaler: ${ready}로 낮은 상태가 안정화 기간(${compressed(HPA.scaleDownStabilization)}) 동안 이어졌습니다.${fillIn(reading, false)} 레플리카를 ${from}개에서 ${to}개로 줄입니다(${formula(reading, false)}${cap}).`;
}

function settled(reading: AutoscalerReading): string {
  const cpu = `평균 CPU 사용률 ${Math.round(reading.readyUtilization)}%`;
  if (reading.raw > maxOf(reading)) {
    return `파드 ${reading.replicas}개가 모두 준비되었습니다. ${cpu}로 목표보다 높지만 maxReplicas가 ${maxOf(reading)}개라 더 늘리지 않습니다.`;
  }
  if (reading.raw < minOf(reading)) {
    return `파드 ${reading.replicas}개가 모두 준비되었습니다. ${cpu}로 목표보다 낮지만 minReplicas가 ${minOf(reading)}개라 더 줄이지 않습니다.`;
  }
  return `파드 ${reading.replicas}개가 모두 준비되었습니다. ${cpu}로 목표 ${target(reading)}%에서 ±${HPA.tolerance * 100}% 안이라 레플리카를 그대로 둡니다.`;
}

function rolledBack(note: Extract<Note, { kind: 'rolled-back' }>, known: Known): string {
  const { to, from, unreadyFrom, cleanedAtOnce, againTo } = note;
  const cleanUp =
    unreadyFrom === 0
      ? `${image(from, known)} 파드는 모두 정상이므로, 배포할 때와 같은 롤링 업데이트로 하나씩 바꿉니다.`
      : cleanedAtOnce === unreadyFrom
        ? `준비되지 못한 ${image(from, known)} 파드 ${unreadyFrom}개는 요청을 받지 않으므로 바로 정리합니다.`
        : cleanedAtOnce > 0
          ? `준비되지 못한 ${image(from, known)} 파드 ${unreadyFrom}개 가운데 ${cleanedAtOnce}개는 바로, 나머지는 ${image(to, known)} 파드가 준비되는 대로 정리합니다.`
          : `준비되지 못한 ${image(from, known)} 파드 ${unreadyFrom}개는 ${image(to, known)} 파드가 준비되는 대로 정리합니다.`;
  return `${towards(image(to, known))} 롤백합니다(kubectl rollout undo). ${cleanUp} 롤백도 새 리비전이 되므로, 한 번 더 롤백하면 ${towards(image(againTo, known))} 돌아갑니다.`;
}

function stalled(note: Extract<Note, { kind: 'rollout-stalled' }>, known: Known): string {
  const deadline = `진행 기한(progressDeadlineSeconds, ${compressed(PROGRESS_DEADLINE)})이 지나 롤아웃이 멈췄습니다.`;
  const old = '옛 파드를 내리지 않았으므로 서비스는 옛 버전으로 계속됩니다.';
  switch (note.reason) {
    case 'readiness':
      return `${image(note.version, known)} 파드가 준비성 프로브를 통과하지 못해 준비되지 않습니다. ${deadline} ${old} 롤백해 보세요.`;
    case 'unschedulable':
      return `새 ${image(note.version, known)} 파드를 놓을 노드가 없어 Pending입니다${note.unschedulable ? `(${shortage(note.unschedulable)})` : ''}. ${deadline} ${old} 노드를 켜거나 부하를 줄여 자리가 나면 이어집니다.`;
    case 'node-down':
      return `새 ${image(note.version, known)} 파드가 응답 없는 노드에 배치되어 시작하지 못했습니다. ${deadline} ${old} 그 노드의 파드가 축출되면 레플리카셋이 다른 노드에 새로 만듭니다.`;
    case 'image-pull':
      return `새 파드가 ${object(image(note.version, known))} 레지스트리에서 받지 못해 ImagePullBackOff입니다(그런 태그가 없습니다). ${deadline} ${old} 매니페스트의 태그를 고쳐 다시 적용하거나 롤백해 보세요.`;
  }
}

function nodeStopped(note: Extract<Note, { kind: 'node-stopped' }>): string {
  const { node, pods, nodesLeft } = note;
  const grace = `노드가 상태를 보고하지 않은 채 유예 시간(node-monitor-grace-period, ${compressed(NODE_MONITOR_GRACE)})이 지나야 NotReady로 판정합니다.`;
  const none = nodesLeft === 0 ? ' 켜져 있는 노드가 하나도 남지 않았습니다.' : '';
  if (pods === 0)
    return `${node}의 전원이 꺼졌습니다. 이 노드에는 요청을 받는 파드가 없어 서비스에는 영향이 없습니다. 컨트롤 플레인은 ${grace}${none}`;
  return `${node}의 전원이 꺼졌습니다. 컨트롤 플레인은 아직 모릅니다. ${grace} 그때까지 서비스는 이 노드의 준비된 파드 ${pods}개에도 요청을 보내고, 그 요청은 실패합니다.${none}`;
}

function nodeStarted(note: Extract<Note, { kind: 'node-started' }>): string {
  const parts = [`${note.node}의 전원이 다시 켜졌습니다. kubelet이 상태를 보고하므로 바로 Ready가 됩니다.`];
  if (note.restarted > 0) parts.push(`이 노드에 남아 있던 파드 ${note.restarted}개는 컨테이너를 다시 시작합니다.`);
  if (note.stuckTerminating > 0)
    parts.push(`축출되어 Terminating으로 남아 있던 파드 ${note.stuckTerminating}개는 이제 종료를 마칩니다.`);
  parts.push('이미 다른 노드에 새로 만든 파드를 되돌려 놓지는 않습니다.');
  return parts.join(' ');
}

function killed(note: Extract<Note, { kind: 'container-killed' }>, pod: string): string {
  if (note.streak <= 1) {
    return `${pod}의 컨테이너를 강제로 종료했습니다(Error). 서비스는 이 파드에 요청을 보내지 않고, kubelet이 같은 파드 안에서 컨테이너를 곧바로 다시 시작합니다. 파드 이름은 그대로이고 RESTARTS만 늘어납니다.`;
  }
  return `${pod}의 컨테이너가 또 종료되어 CrashLoopBackOff 상태입니다. kubelet은 ${note.wait}초 기다렸다가 다시 시작합니다. 대기 시간은 종료될 때마다 두 배로 늘어납니다(${compressed(BACKOFF.initial)}에서 시작해 최대 ${seconds(BACKOFF.max.real)}, 여기서는 최대 ${seconds(BACKOFF.max.shown)}).`;
}

function deleted(note: Extract<Note, { kind: 'pod-deleted' }>, pod: string): string {
  if (!note.nodeUp) {
    return `${pod}를 삭제했습니다(kubectl delete pod). 노드가 응답하지 않아 kubelet이 종료를 끝낼 수 없으므로, 노드가 돌아올 때까지 Terminating으로 남습니다. 레플리카셋은 그래도 새 이름의 파드를 만들어 개수를 채웁니다.`;
  }
  return `${pod}를 삭제했습니다(kubectl delete pod). 파드는 Terminating 상태로 종료되고, 레플리카셋은 개수가 모자라면 고쳐 쓰는 대신 새 이름의 파드를 만듭니다.`;
}

function bindings(note: Extract<Note, { kind: 'scheduled' }>): string {
  const nodes = [...new Set(note.bindings.map((b) => b.node))].join(', ');
  return note.bindings.length === 1
    ? `스케줄러가 CPU와 메모리 여유가 가장 많은 ${nodes}에 배치했습니다.`
    : `스케줄러가 자리가 남은 노드 가운데 CPU와 메모리 여유가 많은 순서로 ${nodes}에 배치했습니다.`;
}

/** How the rolling update proceeds under the applied maxSurge and maxUnavailable. */
function strategyLine(known: Known): string {
  const { maxSurge, maxUnavailable } = specOf(known);
  const surge = `새 파드를 최대 ${maxSurge}${typeof maxSurge === 'number' ? '개' : ''} 더 띄우고(maxSurge: ${maxSurge})`;
  return maxUnavailable === 0 || maxUnavailable === '0%'
    ? `롤링 업데이트는 ${surge}, 새 파드가 준비된 뒤에만 옛 파드를 내립니다(maxUnavailable: 0).`
    : `롤링 업데이트는 ${surge}, 준비된 파드가 레플리카보다 최대 ${maxUnavailable}${typeof maxUnavailable === 'number' ? '개' : ''} 적어질 때까지 옛 파드를 먼저 내립니다(maxUnavailable: ${maxUnavailable}). 그동안 처리 용량이 줄어듭니다.`;
}

const KIND_FILE = { deployment: 'deployment.yaml', service: 'service.yaml', hpa: 'hpa.yaml' } as const;

function manifestApplied(note: Extract<Note, { kind: 'manifest-applied' }>): string {
  const file = KIND_FILE[note.manifest];
  const changed =
    note.changes.length > 0
      ? `${file}을 적용했습니다: ${note.changes.join(', ')}.`
      : `${file}을 적용했습니다. 이 시뮬레이션이 그리는 값은 바뀌지 않았습니다.`;
  const ignored = note.unmodelled.length > 0 ? ` ${note.unmodelled.join(' ')}` : '';
  const hpaOwns = note.changes.some((c) => c.startsWith('replicas '))
    ? ' 이 디플로이먼트는 Horizontal Pod Autoscaler가 관리하므로, 다음 확인 때 CPU 사용률에 맞는 수로 다시 정합니다.'
    : '';
  return `${changed}${hpaOwns}${ignored}`;
}

/** One note as a sentence. `pod` is how pods are named: by name in the record, generically in speech. */
function sentence(note: Note, named: boolean, known: Known): string {
  const pod = (name: string) => (named ? `${name} 파드` : '파드');
  switch (note.kind) {
    case 'load-set':
      return `부하가 초당 ${note.rps}건으로 ${note.rose ? '늘었습니다' : '줄었습니다'}. Horizontal Pod Autoscaler는 CPU 사용률을 주기적으로 확인합니다(${compressed(HPA.sync)}마다).`;
    case 'container-killed':
      return killed(note, pod(note.pod));
    case 'pod-deleted':
      return deleted(note, pod(note.pod));
    case 'node-stopped':
      return nodeStopped(note);
    case 'node-started':
      return nodeStarted(note);
    case 'version-set':
      return `디플로이먼트의 이미지를 ${towards(image(note.version, known))} 바꿉니다. ${strategyLine(known)}`;
    case 'rolled-back':
      return rolledBack(note, known);
    case 'restarted':
      return `kubelet이 ${pod(note.pod)}의 컨테이너를 다시 시작했습니다(재시작 ${note.restarts}회). 같은 파드, 같은 이름입니다. 준비성 프로브를 통과하면 다시 요청을 받습니다.`;
    case 'ready':
      return named
        ? `${note.pods.join(', ')} 파드가 준비되어 요청을 받습니다.`
        : `파드 ${note.pods.length}개가 준비되어 요청을 받습니다.`;
    case 'scaled':
      return scaled(note);
    case 'scale-down-waiting':
      return `Horizontal Pod Autoscaler: CPU 사용률이 ${Math.round(note.reading.utilization)}%로 낮아져 레플리카 ${Math.max(minOf(note.reading), note.reading.raw)}개면 되지만, 부하가 다시 오를 수 있어 안정화 기간(${compressed(HPA.scaleDownStabilization)}) 동안 지켜본 뒤에 줄입니다.`;
    case 'at-max':
      return `Horizontal Pod Autoscaler: 계산으로는 레플리카 ${note.reading.raw}개가 필요하지만 maxReplicas가 ${maxOf(note.reading)}개라 더 늘리지 않습니다. 평균 CPU 사용률은 목표보다 높은 ${Math.round(note.reading.readyUtilization)}%로 남습니다.`;
    case 'scale-settled':
      return settled(note.reading);
    case 'created':
      return named
        ? `레플리카셋이 파드 ${note.pods.length}개를 새로 만듭니다: ${note.pods.join(', ')}.`
        : `레플리카셋이 새 이름의 파드 ${note.pods.length}개를 만들었습니다.`;
    case 'removed':
      return `레플리카셋이 남는 파드 ${note.pods.length}개를 종료합니다${note.unready > 0 ? `(준비되지 못한 파드 ${note.unready}개부터)` : ''}${named ? `: ${note.pods.join(', ')}` : ''}.`;
    case 'scheduled':
      return named
        ? `스케줄러가 파드를 배치했습니다: ${note.bindings.map((b) => `${b.pod} → ${b.node}(CPU 요청 ${b.cpuAfter}m/${NODE_ALLOCATABLE.cpu}m)`).join(', ')}.`
        : bindings(note);
    case 'unschedulable':
      return pending(note.reason);
    case 'node-not-ready':
      return `${subject(note.node)} 유예 시간 동안 응답하지 않아, 노드 수명 주기 컨트롤러가 NotReady로 판정했습니다. 이 노드의 파드 ${note.pods}개를 준비되지 않음으로 바꿔 서비스에서 빼고, 새 파드가 오지 않도록 테인트를 붙였습니다. 파드를 지우고 다른 노드에 새로 만드는 축출은 톨러레이션 시간(${compressed(EVICTION_TOLERATION)})이 지난 뒤입니다.`;
    case 'evicted':
      return `${topic(note.node)} NotReady인 채 톨러레이션 시간이 지나, 노드 수명 주기 컨트롤러가 파드 ${note.pods}개를 축출했습니다. 노드가 응답하지 않으니 그 파드들은 노드가 돌아올 때까지 Terminating으로 남습니다.`;
    case 'rollout-complete':
      return `롤아웃이 끝났습니다. 모든 파드가 ${image(note.version, known)}이고, 그동안 실패한 요청은 ${note.failed}건입니다.`;
    case 'rollout-stalled':
      return stalled(note, known);
    case 'overload':
      return `준비된 파드 ${note.readyPods}개가 감당할 수 있는 양(초당 ${note.capacity}건, 파드마다 ${LIMIT_RPS}건)보다 부하가 커서 요청 일부가 실패합니다.`;
    case 'blackhole':
      return `서비스가 응답 없는 노드의 파드 ${note.pods}개에도 요청을 보내고 있어, 그 몫의 요청이 실패합니다. 노드가 NotReady로 판정되면 서비스에서 빠집니다.`;
    case 'no-pods-serving':
      return '요청을 받을 준비된 파드가 하나도 없어 모든 요청이 실패합니다.';
    case 'replicas-set':
      return `디플로이먼트의 레플리카를 ${note.from}개에서 ${note.to}개로 바꿨습니다(kubectl scale). 이 디플로이먼트는 Horizontal Pod Autoscaler가 관리하므로, 다음 확인 때 CPU 사용률에 맞는 수로 다시 정합니다.`;
    case 'cordoned':
      return note.cordoned
        ? `${topic(note.node)} cordon되어 새 파드를 받지 않습니다. 이미 있는 파드는 그대로 실행됩니다.`
        : `${topic(note.node)} uncordon되어 다시 새 파드를 받습니다.`;
    case 'manifest-applied':
      return manifestApplied(note);
    case 'image-pull-failed':
      return `kubelet이 ${object(note.image)} 받지 못했습니다(ErrImagePull): 레지스트리에 그런 태그가 없습니다. 점점 긴 간격을 두고 다시 시도하며(ImagePullBackOff), 그동안 파드는 시작하지 못합니다.`;
    case 'drained':
      return `${subject(note.node)} cordon되고 파드 ${note.pods}개가 축출되었습니다(kubectl drain). 레플리카셋이 다른 노드에 새 파드를 만듭니다.`;
  }
}

/** A line of the written record. */
export function recordLine(entry: LogEntry, known: Known = {}): string {
  return sentence(entry.note, true, known);
}

// Sub-steps are spoken only where they are the point: where the replacements of evicted or
// deleted pods went. Beside an autoscaler decision they would only repeat it.
function spoken(note: Note, all: readonly Note[]): boolean {
  if (note.kind === 'ready' || note.kind === 'removed') return false;
  if (note.kind === 'created' || note.kind === 'scheduled') return !all.some((n) => n.kind === 'scaled');
  return true;
}

/** The live narration for a moment: its notes as one message, with no pod names in it. */
export function speak(notes: readonly Note[], known: Known = {}): string {
  return notes
    .filter((note) => spoken(note, notes))
    .map((note) => sentence(note, false, known))
    .join(' ');
}

/** The live sentence for `state`, or `fallback` (the scene's invitation) before anything happened. */
export function narrateCluster(state: ClusterState, fallback: string): string {
  return state.headline ? speak(state.headline.notes, state) : fallback;
}

/** The clock's note beside the narration: that time is compressed, and by how much at most. */
export const TIME_NOTE = `시간은 줄여서 보여 줍니다. 실제 클러스터에서 ${seconds(EVICTION_TOLERATION.real)} 걸리는 일이 여기서는 ${seconds(EVICTION_TOLERATION.shown)}입니다.`;

/** Every compressed wait with its real default, listed under the controls. */
export const TIME_SCALE: readonly string[] = [
  `HPA 확인 간격: 실제 ${seconds(HPA.sync.real)}마다, 여기 ${seconds(HPA.sync.shown)}마다`,
  `축소 안정화 기간: 실제 ${seconds(HPA.scaleDownStabilization.real)}, 여기 ${seconds(HPA.scaleDownStabilization.shown)}`,
  `노드 NotReady 판정: 실제 ${seconds(NODE_MONITOR_GRACE.real)}, 여기 ${seconds(NODE_MONITOR_GRACE.shown)}`,
  `그 뒤 파드 축출: 실제 ${seconds(EVICTION_TOLERATION.real)}, 여기 ${seconds(EVICTION_TOLERATION.shown)}`,
  `재시작 대기: 실제 ${seconds(BACKOFF.initial.real)}부터 최대 ${seconds(BACKOFF.max.real)}, 여기 ${seconds(BACKOFF.initial.shown)}부터 최대 ${seconds(BACKOFF.max.shown)}`,
  `롤아웃 진행 기한: 실제 ${seconds(PROGRESS_DEADLINE.real)}, 여기 ${seconds(PROGRESS_DEADLINE.shown)}`,
];
