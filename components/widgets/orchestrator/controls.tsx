'use client';

import { useId, useState } from 'react';
import {
  LOAD_MAX,
  VERSIONS,
  isActive,
  object,
  templateOf,
  type ClusterEvent,
  type ClusterState,
  type VersionId,
} from '@/lib/simulations/orchestrator';
import { ControlButton } from '../shared/control-button';
import type { Speed } from '../shared/use-simulation';

type Send = (event: ClusterEvent) => void;
/** The simulation's own answer to "would this event do anything now?" (kernel `can`). */
type Can = (event: ClusterEvent) => boolean;

const group = 'flex flex-wrap items-center gap-2';
const legend = 'mb-1.5 text-xs font-semibold text-muted';

// Controls that stop applying stay focusable (aria-disabled): a keyboard user must not be thrown
// back to the top of the page because the button they just pressed no longer applies.
function Action({
  enabled,
  onClick,
  children,
  className,
}: {
  enabled: boolean;
  onClick: () => void;
  children: string;
  className?: string;
}) {
  return (
    <ControlButton aria-disabled={!enabled || undefined} onClick={() => enabled && onClick()} className={className}>
      {children}
    </ControlButton>
  );
}

export function LoadControl({ state, send }: { state: ClusterState; send: Send }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="flex items-baseline justify-between text-sm font-semibold text-fg">
        <span>부하(초당 요청 수)</span>
        <output htmlFor={id} className="font-mono text-sm">
          {state.load}건/초
        </output>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={LOAD_MAX}
        step={10}
        value={state.load}
        aria-valuetext={`초당 ${state.load}건`}
        onChange={(e) => send({ type: 'set-load', rps: Number(e.currentTarget.value) })}
        className="mt-1 h-11 w-full cursor-pointer accent-accent-strong"
      />
    </div>
  );
}

export function FaultControls({ state, send, can }: { state: ClusterState; send: Send; can: Can }) {
  const id = useId();
  const choices = state.pods.filter(
    (pod) => can({ type: 'crash-pod', pod: pod.name }) || can({ type: 'delete-pod', pod: pod.name }),
  );
  const [chosen, setChosen] = useState('');
  // The chosen pod may have gone away; fall back to the first one that can still be acted on.
  const target = choices.some((p) => p.name === chosen) ? chosen : (choices[0]?.name ?? '');
  return (
    <fieldset>
      <legend className={legend}>장애 일으키기</legend>
      <div className={group}>
        {choices.length > 0 ? (
          <>
            <label htmlFor={id} className="sr-only">
              대상 파드
            </label>
            <select
              id={id}
              value={target}
              onChange={(e) => setChosen(e.currentTarget.value)}
              className="min-h-11 max-w-full min-w-0 rounded-lg border border-line bg-bg px-2 font-mono text-xs text-fg"
            >
              {choices.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
          </>
        ) : (
          <p className="text-sm text-muted">고를 수 있는 파드가 없습니다.</p>
        )}
        <Action enabled={can({ type: 'crash-pod', pod: target })} onClick={() => send({ type: 'crash-pod', pod: target })}>
          컨테이너 강제 종료
        </Action>
        <Action enabled={can({ type: 'delete-pod', pod: target })} onClick={() => send({ type: 'delete-pod', pod: target })}>
          파드 삭제
        </Action>
      </div>
      <div className={`${group} mt-2`}>
        {state.nodes.map((node) =>
          node.up ? (
            <Action
              key={node.name}
              enabled={can({ type: 'fail-node', node: node.name })}
              onClick={() => send({ type: 'fail-node', node: node.name })}
            >
              {`${node.name} 끄기`}
            </Action>
          ) : (
            <Action
              key={node.name}
              enabled={can({ type: 'recover-node', node: node.name })}
              onClick={() => send({ type: 'recover-node', node: node.name })}
              className="border-warn"
            >
              {`${node.name} 켜기`}
            </Action>
          ),
        )}
      </div>
    </fieldset>
  );
}

/** Active pods per image, in version order: "myteam/myapp:1.1 4개 · myteam/myapp:1.2 1개". */
export function runningImages(state: ClusterState): string {
  const versions = [...new Set([...(Object.keys(VERSIONS) as VersionId[]), ...state.pods.map((p) => p.version)])];
  const perImage = new Map<string, number>();
  for (const version of versions) {
    const count = state.pods.filter((p) => p.version === version && isActive(p)).length;
    const image = templateOf(state, version).image;
    if (count > 0) perImage.set(image, (perImage.get(image) ?? 0) + count);
  }
  const counts = [...perImage.entries()];
  return counts.length === 0 ? '없음' : counts.map(([image, count]) => `${image} ${count}개`).join(' · ');
}

export function RolloutControls({ state, send, can }: { state: ClusterState; send: Send; can: Can }) {
  const descriptionId = useId();
  const { version, previousVersion } = state.deployment;
  const back = previousVersion === null ? null : templateOf(state, previousVersion);
  return (
    <fieldset>
      <legend className={legend}>
        배포: 의도한 이미지 {templateOf(state, version).image} · 실행 중 {runningImages(state)}
      </legend>
      <div className={group}>
        <Action
          enabled={can({ type: 'deploy-version', version: 'v2' })}
          onClick={() => send({ type: 'deploy-version', version: 'v2' })}
        >
          v2 배포
        </Action>
        <Action
          enabled={can({ type: 'deploy-version', version: 'v3' })}
          onClick={() => send({ type: 'deploy-version', version: 'v3' })}
        >
          고장 난 v3 배포
        </Action>
        <ControlButton
          aria-disabled={!can({ type: 'rollback' }) || undefined}
          aria-describedby={descriptionId}
          onClick={() => can({ type: 'rollback' }) && send({ type: 'rollback' })}
        >
          롤백
        </ControlButton>
      </div>
      <p id={descriptionId} className="mt-1.5 text-xs text-muted">
        {back === null
          ? '되돌아갈 이전 리비전이 아직 없습니다.'
          : `롤백(kubectl rollout undo)은 바로 전 리비전으로 돌아갑니다: 지금 누르면 ${back.becomesReady ? object(back.image) : `${back.image}(준비되지 못하는 고장 난 버전)을`} 다시 배포합니다.`}
      </p>
    </fieldset>
  );
}

type PlaybackProps = {
  playing: boolean;
  speed: Speed;
  canReset: boolean;
  canBack: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onSpeed: (speed: Speed) => void;
  onReset: () => void;
  onBack: () => void;
};

export function PlaybackControls({
  playing,
  speed,
  canReset,
  canBack,
  onPlay,
  onPause,
  onStep,
  onSpeed,
  onReset,
  onBack,
}: PlaybackProps) {
  const id = useId();
  return (
    <div className={group}>
      <ControlButton variant="primary" onClick={playing ? onPause : onPlay} className="min-w-24">
        {playing ? '일시 정지' : '재생'}
      </ControlButton>
      <Action enabled={!playing} onClick={onStep}>
        1초 진행
      </Action>
      <span className="inline-flex items-center gap-2">
        <label htmlFor={id} className="text-sm text-muted">
          속도
        </label>
        <select
          id={id}
          value={speed}
          onChange={(e) => onSpeed(Number(e.currentTarget.value) as Speed)}
          className="min-h-11 rounded-lg border border-line bg-bg px-2 text-sm text-fg"
        >
          <option value={1}>1배속</option>
          <option value={2}>2배속</option>
          <option value={4}>4배속</option>
        </select>
      </span>
      <Action enabled={canBack} onClick={onBack}>
        이전 단계
      </Action>
      <Action enabled={canReset} onClick={onReset}>
        처음부터
      </Action>
    </div>
  );
}
