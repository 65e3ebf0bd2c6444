import { LOAD_MAX, LOG_LENGTH } from './config';
import { autoscale } from './horizontal-pod-autoscaler';
import { crashContainer, kubeletSync } from './kubelet';
import { failNode, recoverNode } from './node-lifecycle';
import { reconcileReplicaSets } from './replicaset-reconcile';
import { rollingUpdate } from './rolling-update';
import { schedule } from './scheduler';
import { balanceLoad } from './service-load-balancer';
import type { ClusterEvent, ClusterState, Step } from './types';
import { VERSIONS } from './versions';

type Controller = (state: ClusterState, now: number) => Step;

// One tick runs the control loops in the order their effects flow: containers start and stop,
// the autoscaler sets replicas, the Deployment sizes its ReplicaSets, ReplicaSets create or delete
// pods, the scheduler binds new pods, and the Service routes this second's requests.
// Real controllers run concurrently and watch for changes; a fixed order keeps the run replayable.
const controllers: Controller[] = [kubeletSync, autoscale, rollingUpdate, reconcileReplicaSets, schedule, balanceLoad];

/** The whole simulation: the next state after `event` at simulated second `now`. Pure. */
export function transition(state: ClusterState, event: ClusterEvent, now: number): ClusterState {
  const step = apply(state, event, now);
  return withLog(step, now);
}

function apply(state: ClusterState, event: ClusterEvent, now: number): Step {
  switch (event.type) {
    case 'tick': {
      let current: ClusterState = { ...state, time: Math.max(state.time, now) };
      const notes: string[] = [];
      for (const controller of controllers) {
        const step = controller(current, now);
        current = step.state;
        notes.push(...step.notes);
      }
      return { state: current, notes };
    }
    case 'set-load': {
      const rps = Math.round(Math.min(LOAD_MAX, Math.max(0, event.rps)));
      if (rps === state.load) return { state, notes: [] };
      const direction = rps > state.load ? '늘었습니다' : '줄었습니다';
      return {
        state: { ...state, load: rps },
        notes: [`부하가 초당 ${rps}건으로 ${direction}. Horizontal Pod Autoscaler가 곧 CPU 사용률을 확인합니다.`],
      };
    }
    case 'crash-pod': {
      const pod = state.pods.find((p) => p.name === event.pod);
      if (!pod || (pod.status !== 'Running' && pod.status !== 'ContainerCreating')) {
        return { state, notes: [`${event.pod} 파드는 지금 실행 중이 아니어서 멈출 수 없습니다.`] };
      }
      const crashed = crashContainer(pod, now);
      const wait = crashed.restartAt - now;
      const text =
        crashed.status === 'CrashLoopBackOff'
          ? `${pod.name} 파드가 또 멈췄습니다(CrashLoopBackOff). kubelet은 다시 시작하기 전 기다리는 시간을 ${wait}초로 늘립니다. 그동안 서비스는 다른 파드로만 요청을 보냅니다.`
          : `${pod.name} 파드의 컨테이너가 멈췄습니다. 서비스는 이 파드에 요청을 보내지 않고, kubelet이 ${wait}초 뒤에 컨테이너를 다시 시작합니다(자가 치유).`;
      return { state: { ...state, pods: state.pods.map((p) => (p === pod ? crashed : p)) }, notes: [text] };
    }
    case 'fail-node':
      return failNode(state, event.node, now);
    case 'recover-node':
      return recoverNode(state, event.node);
    case 'deploy-version': {
      const { deployment } = state;
      const image = VERSIONS[event.version].image;
      if (deployment.version === event.version) return { state, notes: [`이미 ${image} 버전을 쓰고 있습니다.`] };
      return {
        state: {
          ...state,
          deployment: {
            ...deployment,
            version: event.version,
            previousVersion: deployment.version,
            rolloutStartedAt: now,
            failedAtRolloutStart: state.traffic.totalFailed,
            stallReported: false,
          },
        },
        notes: [
          `디플로이먼트의 이미지를 ${image} 버전으로 바꿉니다. 롤링 업데이트는 새 파드를 하나 더 띄우고(maxSurge: 1), 그 파드가 준비된 뒤에만 옛 파드를 하나 내립니다(maxUnavailable: 0).`,
        ],
      };
    }
    case 'rollback': {
      const { deployment } = state;
      if (deployment.previousVersion === null) return { state, notes: ['되돌아갈 이전 버전이 없습니다.'] };
      const image = VERSIONS[deployment.previousVersion].image;
      return {
        state: {
          ...state,
          deployment: {
            ...deployment,
            version: deployment.previousVersion,
            previousVersion: deployment.version,
            rolloutStartedAt: now,
            failedAtRolloutStart: state.traffic.totalFailed,
            stallReported: false,
          },
        },
        notes: [
          `${image} 버전으로 롤백합니다(kubectl rollout undo). ${image} 버전이 다시 의도한 상태가 되고, 준비되지 못한 ${VERSIONS[deployment.version].image} 파드부터 정리합니다.`,
        ],
      };
    }
  }
}

function withLog({ state, notes }: Step, now: number): ClusterState {
  if (notes.length === 0) return state;
  const log = [...state.log, ...notes.map((text) => ({ time: now, text }))];
  return { ...state, log: log.slice(-LOG_LENGTH) };
}

/** Run a list of timed events, ticking once per second up to `until`. For scenes and tests. */
export function run(state: ClusterState, script: readonly { at: number; event: ClusterEvent }[], until: number): ClusterState {
  let current = state;
  for (let t = state.time + 1; t <= until; t += 1) {
    for (const { at, event } of script) if (at === t) current = transition(current, event, t);
    current = transition(current, { type: 'tick' }, t);
  }
  return current;
}
