'use client';

import { useReducer } from 'react';
import {
  createInitialState,
  isInitial,
  machines,
  narrate,
  outcome,
  outcomeIn,
  transcript,
  transition,
  type Mode,
  type WorksOnMyMachineEvent,
  type WorksOnMyMachineState,
} from '@/lib/simulations/works-on-my-machine';
import { ControlButton } from '../shared/control-button';
import { Narration } from '../shared/narration';
import { StillOrLive } from '../shared/still-or-live';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { MachineCard } from './machine-card';

const reducer = (state: WorksOnMyMachineState, event: WorksOnMyMachineEvent) => transition(state, event, Date.now());

export function WorksOnMyMachine() {
  return (
    <StillOrLive
      caption="내 컴퓨터에서는 되는데: 같은 앱을 세 컴퓨터에서 실행하기"
      live={() => <Live />}
      still={<Still />}
      transcript={transcript()}
    />
  );
}

const runButtons: { mode: Mode; label: string }[] = [
  { mode: 'installed', label: '설치된 그대로 실행' },
  { mode: 'docker', label: '도커로 실행' },
];

function Live() {
  const [state, dispatch] = useReducer(reducer, undefined, createInitialState);
  const reduced = useReducedMotion();
  return (
    <div className="space-y-4" data-reduced-motion={reduced ? 'true' : 'false'}>
      <Narration>{narrate(state)}</Narration>
      <div role="group" aria-label="실행 방법" className="flex flex-wrap gap-2">
        {runButtons.map(({ mode, label }) => (
          <ControlButton
            key={mode}
            variant={mode === 'docker' ? 'primary' : 'secondary'}
            aria-pressed={state.mode === mode}
            className="aria-pressed:ring-2 aria-pressed:ring-accent aria-pressed:ring-offset-2 aria-pressed:ring-offset-bg"
            onClick={() => dispatch({ type: 'run', mode })}
          >
            {label}
          </ControlButton>
        ))}
        <ControlButton aria-disabled={isInitial(state)} onClick={() => dispatch({ type: 'reset' })}>
          처음부터
        </ControlButton>
      </div>
      <p className="text-xs text-muted">각 컴퓨터에 설치된 버전을 바꾸면 결과가 바로 바뀝니다.</p>
      <div className="grid grid-cols-1 gap-3">
        {machines.map((machine) => {
          const result = outcome(state, machine.id);
          return (
            <MachineCard
              key={machine.id}
              machine={machine}
              environment={state.environments[machine.id]}
              runs={result && state.mode ? [{ mode: state.mode, outcome: result }] : []}
              docker={state.mode === 'docker'}
              animate={!reduced}
              replayKey={state.ranAt[machine.id] ?? 0}
              onChange={(item, value) => dispatch({ type: 'set', machine: machine.id, item, value })}
            />
          );
        })}
      </div>
    </div>
  );
}

// The still figure: each computer as it comes, run both ways.
function Still() {
  const state = createInitialState();
  return (
    <div className="grid grid-cols-1 gap-3">
      {machines.map((machine) => (
        <MachineCard
          key={machine.id}
          machine={machine}
          environment={state.environments[machine.id]}
          docker={false}
          runs={(['installed', 'docker'] as const).map((mode) => ({ mode, outcome: outcomeIn(state, machine.id, mode) }))}
        />
      ))}
    </div>
  );
}
