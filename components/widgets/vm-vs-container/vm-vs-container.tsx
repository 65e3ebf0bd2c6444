'use client';

import { useId, type ReactNode } from 'react';
import {
  costs,
  facts,
  fullNote,
  isBooting,
  kinds,
  vmVsContainerSimulation as simulation,
  type Kind,
  type VmVsContainerEvent,
  type VmVsContainerState,
} from '@/lib/simulations/vm-vs-container';
import { ControlButton } from '../shared/control-button';
import { SimulationFrame, type LiveSimulation } from '../shared/simulation-frame';
import { CostTable } from './cost-table';
import { HostPanel } from './host-panel';
import { MemoryLegend } from './memory-map';

type Live = LiveSimulation<VmVsContainerState, VmVsContainerEvent>;

export function VmVsContainer() {
  return (
    <SimulationFrame
      simulation={simulation}
      instance={simulation.id}
      caption="가상 머신과 컨테이너: 같은 앱을 시작하는 데 드는 비용"
      still={(state) => <Panels state={state} now={0} />}
      wide
    >
      {(live) => <LiveView live={live} />}
    </SimulationFrame>
  );
}

function LiveView({ live }: { live: Live }) {
  const { state } = live;
  return (
    <>
      <p className="text-xs text-muted">숫자는 흔한 예시이며 실제 값은 컴퓨터와 운영체제마다 다릅니다.</p>
      <div role="group" aria-label="양쪽 함께" className="flex flex-wrap items-center gap-2">
        <ControlButton variant="primary" aria-disabled={!live.can({ type: 'race' })} onClick={() => live.send({ type: 'race' })}>
          동시에 시작
        </ControlButton>
        {/* The clock sleeps when nothing boots; while something does, the reader can hold it. */}
        {isBooting(state) && (
          <ControlButton onClick={live.ticking ? live.pause : live.play}>{live.ticking ? '일시 정지' : '재생'}</ControlButton>
        )}
        <ControlButton aria-disabled={!live.canReset} onClick={live.reset}>
          처음부터
        </ControlButton>
      </div>
      <Panels state={state} now={live.now} controls={(kind) => <KindControls kind={kind} live={live} />} />
    </>
  );
}

/** Three buttons per side fit on one row beside the other side's. */
const compact = 'px-2.5';

function KindControls({ kind, live }: { kind: Kind; live: Live }) {
  const name = facts[kind].name;
  const canStart = live.can({ type: 'start', kind });
  return (
    <div role="group" aria-label={`${name} 조작`} className="flex flex-wrap items-center gap-1.5">
      <ControlButton className={compact} aria-disabled={!canStart} onClick={() => live.send({ type: 'start', kind })}>
        {name} 시작
      </ControlButton>
      <ControlButton
        className={compact}
        aria-label={`${name} 하나 끄기`}
        aria-disabled={!live.can({ type: 'stop', kind })}
        onClick={() => live.send({ type: 'stop', kind })}
      >
        하나 끄기
      </ControlButton>
      <ControlButton
        className={compact}
        aria-label={`${name} 가득 채우기`}
        aria-disabled={!live.can({ type: 'fill', kind })}
        onClick={() => live.send({ type: 'fill', kind })}
      >
        가득 채우기
      </ControlButton>
      {!canStart && <p className="text-xs text-muted">{fullNote(kind, costs(live.state, kind).freeBytes)}</p>}
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
