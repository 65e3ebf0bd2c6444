'use client';

import { useId } from 'react';
import {
  builds,
  image,
  machines,
  outcome,
  outcomeIn,
  worksOnMyMachineSimulation as simulation,
  type BuildId,
  type Mode,
  type WorksOnMyMachineEvent,
  type WorksOnMyMachineState,
} from '@/lib/simulations/works-on-my-machine';
import { SimulationFrame, type LiveSimulation } from '../shared/simulation-frame';
import { MachineCard } from './machine-card';

export function WorksOnMyMachine() {
  return (
    <SimulationFrame
      simulation={simulation}
      instance={simulation.id}
      caption="내 컴퓨터에서는 되는데: 같은 앱을 세 컴퓨터에서 실행하기"
      still={(state) => <Still state={state} />}
      wide
    >
      {(live) => <LiveView live={live} />}
    </SimulationFrame>
  );
}

const modes: { mode: Mode; label: string }[] = [
  { mode: 'installed', label: '설치된 그대로 실행' },
  { mode: 'docker', label: '도커로 실행' },
];

function LiveView({ live }: { live: LiveSimulation<WorksOnMyMachineState, WorksOnMyMachineEvent> }) {
  const id = useId();
  const { state } = live;
  return (
    <>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        {/* A choice of two ways, so a radio group: the chosen one is drawn solid, the other plain. */}
        <fieldset className="min-w-0">
          <legend className="mb-1 text-xs font-semibold text-fg">실행 방법</legend>
          <div className="inline-flex flex-wrap rounded-lg border border-line p-0.5">
            {modes.map(({ mode, label }) => {
              const checked = state.mode === mode;
              return (
                <label
                  key={mode}
                  className="inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-md px-3.5 text-sm font-semibold text-fg has-checked:bg-accent-strong has-checked:text-bg has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
                >
                  <input
                    type="radio"
                    name={`${id}-mode`}
                    className="sr-only"
                    checked={checked}
                    disabled={!checked && !live.can({ type: 'run', mode })}
                    onChange={() => live.send({ type: 'run', mode })}
                  />
                  <span aria-hidden="true" className={checked ? undefined : 'invisible'}>
                    ✓
                  </span>
                  {label}
                </label>
              );
            })}
          </div>
        </fieldset>
        <label className="grid w-full min-w-0 gap-1 text-xs font-semibold text-fg sm:w-auto">
          <span>
            이미지를 빌드한 플랫폼 (<code className="font-mono">{image.tag}</code>)
          </span>
          <select
            value={state.build}
            onChange={(event) => live.send({ type: 'build', build: event.target.value as BuildId })}
            className="min-h-11 w-full max-w-full min-w-0 rounded-md border border-line bg-bg px-1.5 text-sm font-normal text-fg"
          >
            {builds.map((build) => (
              <option key={build.id} value={build.id}>
                {build.label}
              </option>
            ))}
          </select>
        </label>
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
              build={state.build}
              runs={result && state.mode ? [{ mode: state.mode, outcome: result }] : []}
              docker={state.mode === 'docker'}
              animate={!live.reducedMotion}
              replayKey={state.revisions[machine.id]}
              onChange={(item, value) => live.send({ type: 'set', machine: machine.id, item, value })}
            />
          );
        })}
      </div>
    </>
  );
}

// The still figure: each computer as it comes, run both ways.
function Still({ state }: { state: WorksOnMyMachineState }) {
  return (
    <div className="grid grid-cols-1 gap-3">
      {machines.map((machine) => (
        <MachineCard
          key={machine.id}
          machine={machine}
          environment={state.environments[machine.id]}
          build={state.build}
          docker={false}
          runs={(['installed', 'docker'] as const).map((mode) => ({ mode, outcome: outcomeIn(state, machine.id, mode) }))}
        />
      ))}
    </div>
  );
}
