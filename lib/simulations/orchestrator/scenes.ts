import { createCluster } from './cluster';
import { run } from './transition';
import type { ClusterEvent, ClusterState } from './types';

export type SceneId = 'scaling' | 'healing' | 'rollout' | 'sandbox';

export interface Scene {
  id: SceneId;
  caption: string;
  /** What the reader is invited to do first. */
  hint: string;
  start: () => ClusterState;
  /** A scripted run for the still figure and transcript shown without JavaScript and in print. */
  demo: { script: { at: number; event: ClusterEvent }[]; until: number; still: number };
}

const SEED = 20_140_606; // Kubernetes' first public commit: June 6, 2014.

// Each preset starts at the HPA's target (60% CPU), so nothing moves until the reader acts.
export const SCENES: Record<SceneId, Scene> = {
  scaling: {
    id: 'scaling',
    caption: '부하에 맞춰 늘리고 줄이기: Horizontal Pod Autoscaler',
    hint: '파드 2개가 초당 60건을 처리하고 있습니다(CPU 60%). 부하 슬라이더를 오른쪽으로 끌어 사용자를 몰려오게 해 보세요.',
    start: () => createCluster({ seed: SEED, replicas: 2, load: 60 }),
    demo: {
      script: [
        { at: 2, event: { type: 'set-load', rps: 400 } },
        { at: 24, event: { type: 'set-load', rps: 120 } },
      ],
      until: 62,
      still: 20,
    },
  },
  healing: {
    id: 'healing',
    caption: '고장 난 컨테이너 바꾸기: 자가 치유',
    hint: '파드 3개가 노드 3개에 하나씩 있습니다. 파드를 멈추게 하거나 노드 하나를 꺼 보세요.',
    start: () => createCluster({ seed: SEED + 1, replicas: 3, load: 90 }),
    demo: {
      script: [
        { at: 2, event: { type: 'crash-pod', pod: '' } },
        { at: 12, event: { type: 'fail-node', node: 'node-2' } },
      ],
      until: 22,
      still: 14,
    },
  },
  rollout: {
    id: 'rollout',
    caption: '멈추지 않고 새 버전으로: 롤링 업데이트와 롤백',
    hint: 'web:1.0 파드 4개가 요청을 처리하고 있습니다. v2를 배포해 파드가 하나씩 바뀌는 모습을 보세요.',
    start: () => createCluster({ seed: SEED + 2, replicas: 4, load: 120 }),
    demo: {
      script: [
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
    start: () => createCluster({ seed: SEED + 3, replicas: 2, load: 60 }),
    demo: {
      script: [
        { at: 2, event: { type: 'set-load', rps: 300 } },
        { at: 14, event: { type: 'fail-node', node: 'node-1' } },
        { at: 24, event: { type: 'deploy-version', version: 'v2' } },
      ],
      until: 50,
      still: 30,
    },
  },
};

/** The scene's scripted run. An empty pod name in a crash event means "the first pod". */
export function playDemo(scene: Scene, until: number = scene.demo.until): ClusterState {
  const start = scene.start();
  const script = scene.demo.script.map(({ at, event }) =>
    event.type === 'crash-pod' && event.pod === '' ? { at, event: { ...event, pod: start.pods[0]?.name ?? '' } } : { at, event },
  );
  return run(start, script, until);
}
