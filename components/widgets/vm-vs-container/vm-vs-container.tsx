'use client';

import { useId, useReducer, type ReactNode } from 'react';
import {
  createInitialState,
  facts,
  finishedState,
  isBooting,
  narrate,
  timeScale,
  transcript,
  transition,
  unitsOf,
  type Kind,
  type VmVsContainerEvent,
  type VmVsContainerState,
} from '@/lib/simulations/vm-vs-container';
import { ControlButton } from '../shared/control-button';
import { Narration } from '../shared/narration';
import { StillOrLive } from '../shared/still-or-live';
import { useInterval } from '../shared/use-interval';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { CostTable } from './cost-table';
import { Stack } from './stack';

const reducer = (state: VmVsContainerState, event: VmVsContainerEvent) => transition(state, event, Date.now());
const kinds: Kind[] = ['vm', 'container'];

export function VmVsContainer() {
  return (
    <StillOrLive
      caption="가상 머신과 컨테이너: 같은 앱을 시작하는 데 드는 비용"
      live={() => <Live />}
      still={<Panels state={finishedState()} animate={false} />}
      transcript={transcript()}
    />
  );
}

function Live() {
  const [state, dispatch] = useReducer(reducer, undefined, createInitialState);
  const reduced = useReducedMotion();
  // The clock runs only while something boots; each tick moves units to the stage they reached.
  useInterval(() => dispatch({ type: 'tick' }), 100, isBooting(state));
  return (
    <div className="space-y-4" data-reduced-motion={reduced ? 'true' : 'false'}>
      <Narration>{narrate(state)}</Narration>
      <p className="text-xs text-muted">
        시간은 {timeScale}배 빠르게 보여 줍니다. 숫자는 흔한 예시이며 실제 값은 컴퓨터와 운영체제마다 다릅니다.
      </p>
      <Panels
        state={state}
        animate={!reduced}
        controls={(kind) => {
          const count = unitsOf(state, kind).length;
          const name = facts[kind].name;
          const full = count >= facts[kind].max;
          return (
            <div role="group" aria-label={`${name} 조작`} className="flex flex-wrap items-center gap-2">
              <ControlButton variant="primary" aria-disabled={full} onClick={() => dispatch({ type: 'start', kind })}>
                {name} 시작
              </ControlButton>
              <ControlButton aria-label={`${name} 하나 끄기`} aria-disabled={count === 0} onClick={() => dispatch({ type: 'stop', kind })}>
                하나 끄기
              </ControlButton>
              {full && <p className="text-xs text-muted">이 예에서는 {facts[kind].max}{kind === 'vm' ? '대' : '개'}까지 시작합니다.</p>}
            </div>
          );
        }}
      />
      <ControlButton aria-disabled={state.units.length === 0 && state.step === null} onClick={() => dispatch({ type: 'reset' })}>
        처음부터
      </ControlButton>
    </div>
  );
}

function Panels({ state, animate, controls }: { state: VmVsContainerState; animate: boolean; controls?: (kind: Kind) => ReactNode }) {
  const id = useId();
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        {kinds.map((kind) => (
          <Stack key={kind} state={state} kind={kind} animate={animate} controls={controls?.(kind)} headingId={`${id}-${kind}`} />
        ))}
      </div>
      <CostTable state={state} />
    </div>
  );
}
