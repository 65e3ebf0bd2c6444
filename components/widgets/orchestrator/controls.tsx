'use client';

import { useId, useState } from 'react';
import { LOAD_MAX, type ClusterEvent, type ClusterState } from '@/lib/simulations/orchestrator';
import { ControlButton } from '../shared/control-button';
import type { Speed } from './use-cluster';

type Send = (event: ClusterEvent) => void;

const group = 'flex flex-wrap items-center gap-2';
const legend = 'mb-1.5 text-xs font-semibold text-muted';

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
        step={20}
        value={state.load}
        aria-valuetext={`초당 ${state.load}건`}
        onChange={(e) => send({ type: 'set-load', rps: Number(e.currentTarget.value) })}
        className="mt-1 h-11 w-full cursor-pointer accent-accent-strong"
      />
    </div>
  );
}

export function FaultControls({ state, send }: { state: ClusterState; send: Send }) {
  const id = useId();
  const crashable = state.pods.filter((p) => p.status === 'Running' || p.status === 'ContainerCreating');
  const [chosen, setChosen] = useState('');
  // The chosen pod may have gone away; fall back to the first one that can crash.
  const target = crashable.some((p) => p.name === chosen) ? chosen : (crashable[0]?.name ?? '');
  return (
    <fieldset>
      <legend className={legend}>장애 내기</legend>
      <div className={group}>
        <label htmlFor={id} className="sr-only">
          멈출 파드
        </label>
        <select
          id={id}
          value={target}
          onChange={(e) => setChosen(e.currentTarget.value)}
          className="min-h-11 max-w-full min-w-0 rounded-lg border border-line bg-bg px-2 font-mono text-xs text-fg"
        >
          {crashable.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
        <ControlButton disabled={target === ''} onClick={() => send({ type: 'crash-pod', pod: target })}>
          파드 멈추기
        </ControlButton>
      </div>
      <div className={`${group} mt-2`}>
        {state.nodes.map((node) => (
          <ControlButton
            key={node.name}
            onClick={() => send({ type: node.ready ? 'fail-node' : 'recover-node', node: node.name })}
            className={node.ready ? '' : 'border-warn'}
          >
            {node.ready ? `${node.name} 끄기` : `${node.name} 켜기`}
          </ControlButton>
        ))}
      </div>
    </fieldset>
  );
}

export function RolloutControls({ state, send }: { state: ClusterState; send: Send }) {
  const { version, previousVersion } = state.deployment;
  return (
    <fieldset>
      <legend className={legend}>배포 (지금 {version === 'v1' ? 'web:1.0' : version === 'v2' ? 'web:2.0' : 'web:3.0'})</legend>
      <div className={group}>
        <ControlButton disabled={version === 'v2'} onClick={() => send({ type: 'deploy-version', version: 'v2' })}>
          v2 배포
        </ControlButton>
        <ControlButton disabled={version === 'v3'} onClick={() => send({ type: 'deploy-version', version: 'v3' })}>
          고장 난 v3 배포
        </ControlButton>
        <ControlButton disabled={previousVersion === null} onClick={() => send({ type: 'rollback' })}>
          롤백
        </ControlButton>
      </div>
    </fieldset>
  );
}

type PlaybackProps = {
  running: boolean;
  speed: Speed;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onSpeed: (speed: Speed) => void;
  onReset: () => void;
};

export function PlaybackControls({ running, speed, onPlay, onPause, onStep, onSpeed, onReset }: PlaybackProps) {
  const id = useId();
  return (
    <div className={group}>
      <ControlButton variant="primary" onClick={running ? onPause : onPlay} className="min-w-24">
        {running ? '일시 정지' : '재생'}
      </ControlButton>
      <ControlButton onClick={onStep} disabled={running}>
        1초 진행
      </ControlButton>
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
      <ControlButton onClick={onReset}>처음부터</ControlButton>
    </div>
  );
}
