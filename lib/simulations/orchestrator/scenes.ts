import type { Timed } from '../kernel';
import { createCluster } from './cluster';
import type { ClusterEvent, ClusterState } from './types';

export type SceneId = 'scaling' | 'healing' | 'rollout' | 'sandbox';

/** A reader's event: everything but the clock's tick. */
export type ReaderEvent = Exclude<ClusterEvent, { type: 'tick' }>;

export interface Preset {
  id: SceneId;
  caption: string;
  /** What the reader is invited to do first. */
  hint: string;
  start: () => ClusterState;
  /** The reader events this widget has controls for: the only ones its scene links may carry. */
  events: readonly ReaderEvent['type'][];
  /** A scripted run for the still figure and transcript shown without JavaScript and in print. */
  demo: { entries: Timed<ReaderEvent>[]; until: number; still: number };
}

const SEED = 20_140_606; // Kubernetes' first public commit: June 6, 2014.

// Each preset starts at the HPA's target (70 % CPU: 35 requests per second per pod), so nothing
// moves until the reader acts.
const healingStart = () => createCluster({ seed: SEED + 1, replicas: 3, load: 105 });

export const PRESETS: Record<SceneId, Preset> = {
  scaling: {
    id: 'scaling',
    caption: '부하에 맞춰 늘리고 줄이기: Horizontal Pod Autoscaler',
    hint: '파드 2개가 초당 70건을 처리하고 있습니다(CPU 70%). 부하 슬라이더를 오른쪽으로 끌어 사용자를 몰려오게 해 보세요.',
    start: () => createCluster({ seed: SEED, replicas: 2, load: 70 }),
    events: ['set-load'],
    demo: {
      entries: [
        { at: 2, event: { type: 'set-load', rps: 400 } },
        { at: 24, event: { type: 'set-load', rps: 120 } },
      ],
      until: 64,
      still: 20,
    },
  },
  healing: {
    id: 'healing',
    caption: '고장 난 컨테이너 바꾸기: 자가 치유',
    hint: '파드 3개가 노드 3개에 하나씩 있습니다. 컨테이너를 강제 종료하거나, 파드를 삭제하거나, 노드 하나를 꺼 보세요.',
    start: healingStart,
    events: ['crash-pod', 'delete-pod', 'fail-node', 'recover-node'],
    demo: {
      entries: [
        { at: 2, event: { type: 'crash-pod', pod: healingStart().pods[0]?.name ?? '' } },
        { at: 8, event: { type: 'delete-pod', pod: healingStart().pods[1]?.name ?? '' } },
        { at: 14, event: { type: 'fail-node', node: 'node-3' } },
      ],
      until: 56,
      still: 54,
    },
  },
  rollout: {
    id: 'rollout',
    caption: '멈추지 않고 새 버전으로: 롤링 업데이트와 롤백',
    hint: 'myteam/myapp:1.0 파드 4개가 요청을 처리하고 있습니다. v2를 배포해 파드가 하나씩 바뀌는 모습을 보세요.',
    start: () => createCluster({ seed: SEED + 2, replicas: 4, load: 140 }),
    events: ['deploy-version', 'rollback'],
    demo: {
      entries: [
        { at: 2, event: { type: 'deploy-version', version: 'v2' } },
        { at: 30, event: { type: 'deploy-version', version: 'v3' } },
        { at: 46, event: { type: 'rollback' } },
      ],
      until: 52,
      still: 9,
    },
  },
  sandbox: {
    id: 'sandbox',
    caption: '쿠버네티스 클러스터 실험실',
    hint: '부하, 장애, 배포를 마음대로 섞어 보세요. 쿠버네티스는 언제나 의도한 상태를 되찾으려 합니다.',
    start: () => createCluster({ seed: SEED + 3, replicas: 2, load: 70 }),
    events: ['set-load', 'crash-pod', 'delete-pod', 'fail-node', 'recover-node', 'deploy-version', 'rollback'],
    demo: {
      entries: [
        { at: 2, event: { type: 'set-load', rps: 300 } },
        { at: 14, event: { type: 'fail-node', node: 'node-1' } },
        { at: 24, event: { type: 'deploy-version', version: 'v2' } },
      ],
      until: 70,
      still: 30,
    },
  },
};
