'use client';

import { useId, useMemo, type ReactNode } from 'react';
import {
  costs,
  fullNote,
  isBooting,
  isShareable,
  kinds,
  facts,
  vmVsContainerClock as clock,
  vmVsContainerCodec as codec,
  vmVsContainerSimulation as simulation,
  type Kind,
  type VmVsContainerEvent,
  type VmVsContainerState,
} from '@/lib/simulations/vm-vs-container';
import { ControlButton } from '../shared/control-button';
import { Narration } from '../shared/narration';
import { SharedSceneNote, ShareSceneButton } from '../shared/scene-share';
import { StillOrLive } from '../shared/still-or-live';
import { useSharedScene } from '../shared/use-shared-scene';
import { useSimulation } from '../shared/use-simulation';
import { CostTable } from './cost-table';
import { HostPanel } from './host-panel';
import { MemoryLegend } from './memory-map';

export function VmVsContainer() {
  const still = simulation.still();
  return (
    <StillOrLive
      caption="가상 머신과 컨테이너: 같은 앱을 시작하는 데 드는 비용"
      live={() => <Live />}
      still={<Panels state={still} now={0} />}
      transcript={simulation.transcript()}
    />
  );
}

function Live() {
  const shared = useSharedScene(simulation.id, codec);
  const options = useMemo(() => ({ scene: shared.status === 'ok' ? shared.scene : null }), [shared]);
  const sim = useSimulation(simulation, options);
  const { state } = sim;
  const booting = isBooting(state);
  return (
    <div className="space-y-4">
      <SharedSceneNote read={shared} />
      <Narration>{simulation.narrate(state)}</Narration>
      <p className="text-xs text-muted">{clock.note} 숫자는 흔한 예시이며 실제 값은 컴퓨터와 운영체제마다 다릅니다.</p>
      <div role="group" aria-label="양쪽 함께" className="flex flex-wrap items-center gap-2">
        <ControlButton variant="primary" aria-disabled={!sim.can({ type: 'race' })} onClick={() => sim.send({ type: 'race' })}>
          동시에 시작
        </ControlButton>
        {(booting || sim.ticking) && (
          <ControlButton onClick={sim.ticking ? sim.pause : sim.play}>{sim.ticking ? '일시 정지' : '재생'}</ControlButton>
        )}
        <ControlButton aria-disabled={!sim.canReset} onClick={sim.reset}>
          처음부터
        </ControlButton>
      </div>
      <Panels
        state={state}
        now={sim.now}
        controls={(kind) => <KindControls kind={kind} state={state} can={sim.can} send={sim.send} />}
      />
      <ShareSceneButton instance={simulation.id} codec={codec} scene={isShareable(sim.scene, clock.step) ? sim.scene : null} />
    </div>
  );
}

type KindControlsProps = {
  kind: Kind;
  state: VmVsContainerState;
  can: (event: VmVsContainerEvent) => boolean;
  send: (event: VmVsContainerEvent) => void;
};

function KindControls({ kind, state, can, send }: KindControlsProps) {
  const name = facts[kind].name;
  const canStart = can({ type: 'start', kind });
  return (
    <div role="group" aria-label={`${name} 조작`} className="flex flex-wrap items-center gap-2">
      <ControlButton aria-disabled={!canStart} onClick={() => send({ type: 'start', kind })}>
        {name} 시작
      </ControlButton>
      <ControlButton aria-label={`${name} 하나 끄기`} aria-disabled={!can({ type: 'stop', kind })} onClick={() => send({ type: 'stop', kind })}>
        하나 끄기
      </ControlButton>
      <ControlButton aria-label={`${name} 가득 채우기`} aria-disabled={!can({ type: 'fill', kind })} onClick={() => send({ type: 'fill', kind })}>
        가득 채우기
      </ControlButton>
      {!canStart && <p className="text-xs text-muted">{fullNote(kind, costs(state, kind).freeBytes)}</p>}
    </div>
  );
}

function Panels({ state, now, controls }: { state: VmVsContainerState; now: number; controls?: (kind: Kind) => ReactNode }) {
  const id = useId();
  return (
    <div className="space-y-4">
      <MemoryLegend />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        {kinds.map((kind) => (
          <HostPanel key={kind} state={state} now={now} kind={kind} controls={controls?.(kind)} headingId={`${id}-${kind}`} />
        ))}
      </div>
      <CostTable state={state} />
    </div>
  );
}
