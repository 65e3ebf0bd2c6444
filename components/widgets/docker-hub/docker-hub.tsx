'use client';

import {
  commandFor,
  createInitialState,
  finishedState,
  narrate,
  suggestNext,
  terminalLog,
  transcript,
  transition,
  type DockerHubState,
  type MachineId,
} from '@/lib/simulations/docker-hub';
import { Narration } from '../shared/narration';
import { StepControls } from '../shared/step-controls';
import { TerminalLines } from '../shared/terminal-lines';
import { Transcript } from '../shared/transcript';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { canGoForward, useStepper } from '../shared/use-stepper';
import { WidgetFrame } from '../shared/widget-frame';
import { HubSearch } from './hub-search';
import { TeamPanel } from './team-panel';
import { useLiveWhenNear } from '../shared/use-live-when-near';

const simulation = { createInitialState, transition, suggestNext };
// The server (and a reader without JavaScript, and the printer) gets the finished tour as a still
// figure and a transcript; the live controls exist only once it nears the viewport.
export function DockerHub() {
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  return (
    <WidgetFrame ref={frame} caption="Docker Hub에서 이미지를 찾고, 올리고, 내려받기">
      {live && <LiveDockerHub />}
      <Transcript lines={transcript()} hidden={live}>
        <Panels state={finishedState()} />
      </Transcript>
    </WidgetFrame>
  );
}

function LiveDockerHub() {
  const [history, dispatch] = useStepper(simulation);
  const reduced = useReducedMotion();
  const state = history.present;
  const apply = (event: Parameters<typeof transition>[1], replace = false) => dispatch({ type: 'apply', event, replace });
  return (
    <div className="space-y-4 print:hidden" data-reduced-motion={reduced ? 'true' : 'false'}>
      <div className="space-y-2">
        <Narration>{narrate(state)}</Narration>
        <TerminalLines command={commandFor(state)} lines={terminalLog(state)} />
      </div>
      <Panels
        state={state}
        animate={!reduced}
        onSearch={(query) => apply({ type: 'search', query }, state.step?.type === 'search')}
        onSelect={(name) => apply({ type: 'select', name })}
        onBuild={() => apply({ type: 'build' })}
        onPush={() => apply({ type: 'push' })}
        onPull={(machine) => apply({ type: 'pull', machine })}
      />
      <StepControls
        canReset={history.past.length > 0 || state.step !== null}
        canBack={history.past.length > 0}
        canForward={canGoForward(history, simulation)}
        onReset={() => dispatch({ type: 'reset' })}
        onBack={() => dispatch({ type: 'back' })}
        onForward={() => dispatch({ type: 'forward' })}
      />
    </div>
  );
}

type PanelsProps = {
  state: DockerHubState;
  animate?: boolean;
  onSearch?: (query: string) => void;
  onSelect?: (name: string) => void;
  onBuild?: () => void;
  onPush?: () => void;
  onPull?: (machine: MachineId) => void;
};

function Panels({ state, animate, onSearch, onSelect, onBuild, onPush, onPull }: PanelsProps) {
  return (
    <div className="space-y-5">
      <HubSearch state={state} onSearch={onSearch} onSelect={onSelect} />
      <TeamPanel state={state} animate={animate} onBuild={onBuild} onPush={onPush} onPull={onPull} />
    </div>
  );
}
