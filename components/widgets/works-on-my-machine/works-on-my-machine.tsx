'use client';

import { useId, useMemo } from 'react';
import {
  builds,
  image,
  machines,
  maxEntries,
  outcome,
  outcomeIn,
  worksOnMyMachineCodec as codec,
  worksOnMyMachineSimulation as simulation,
  type BuildId,
  type Mode,
} from '@/lib/simulations/works-on-my-machine';
import { Narration } from '../shared/narration';
import { SharedSceneNote, ShareSceneButton } from '../shared/scene-share';
import { StepControls } from '../shared/step-controls';
import { StillOrLive } from '../shared/still-or-live';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { useSharedScene } from '../shared/use-shared-scene';
import { useSimulation } from '../shared/use-simulation';
import { MachineCard } from './machine-card';

export function WorksOnMyMachine() {
  return (
    <StillOrLive
      caption="내 컴퓨터에서는 되는데: 같은 앱을 세 컴퓨터에서 실행하기"
      live={() => <Live />}
      still={<Still />}
      transcript={simulation.transcript()}
    />
  );
}

const modes: { mode: Mode; label: string }[] = [
  { mode: 'installed', label: '설치된 그대로 실행' },
  { mode: 'docker', label: '도커로 실행' },
];

function Live() {
  const shared = useSharedScene(simulation.id, codec);
  const options = useMemo(() => ({ scene: shared.status === 'ok' ? shared.scene : null }), [shared]);
  const sim = useSimulation(simulation, options);
  const reduced = useReducedMotion();
  const id = useId();
  const { state } = sim;
  return (
    <div className="space-y-4" data-reduced-motion={reduced ? 'true' : 'false'}>
      <SharedSceneNote read={shared} />
      <Narration>{simulation.narrate(state)}</Narration>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
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
                    disabled={!checked && !sim.can({ type: 'run', mode })}
                    onChange={() => sim.send({ type: 'run', mode })}
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
            onChange={(event) => sim.send({ type: 'build', build: event.target.value as BuildId })}
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
      <StepControls canReset={sim.canReset} canBack={sim.canBack} canForward={sim.canForward} onReset={sim.reset} onBack={sim.back} onForward={sim.forward} />
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
              animate={!reduced}
              replayKey={state.revisions[machine.id]}
              onChange={(item, value) => sim.send({ type: 'set', machine: machine.id, item, value })}
            />
          );
        })}
      </div>
      <ShareSceneButton instance={simulation.id} codec={codec} scene={sim.scene.entries.length <= maxEntries ? sim.scene : null} />
    </div>
  );
}

// The still figure: each computer as it comes, run both ways.
function Still() {
  const state = simulation.still();
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
