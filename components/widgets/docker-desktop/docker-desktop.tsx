'use client';

import { useState } from 'react';
import {
  commandFor,
  createInitialState,
  finishedState,
  narrate,
  osNames,
  suggestNext,
  terminalLog,
  transcript,
  transition,
  type DesktopEvent,
  type DesktopState,
  type Os,
  type Target,
} from '@/lib/simulations/docker-desktop';
import { ControlButton } from '../shared/control-button';
import { Narration } from '../shared/narration';
import { StepControls } from '../shared/step-controls';
import { TerminalLines } from '../shared/terminal-lines';
import { Transcript } from '../shared/transcript';
import { useInterval } from '../shared/use-interval';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { canGoForward, useStepper } from '../shared/use-stepper';
import { WidgetFrame } from '../shared/widget-frame';
import { PathDiagram } from './path-diagram';
import { TeamMachines } from './team-machines';
import { useLiveWhenNear } from '../shared/use-live-when-near';

const simulation = { createInitialState, transition, suggestNext };
/** Time at each station of a trip: enough to read its sentence. */
const hopMs = 2600;

export function DockerDesktop() {
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  return (
    <WidgetFrame ref={frame} caption="Docker Desktop 안에서 docker run이 지나가는 길">
      {live && <LiveDockerDesktop />}
      <Transcript lines={transcript()} hidden={live}>
        <Panels state={finishedState()} />
      </Transcript>
    </WidgetFrame>
  );
}

function LiveDockerDesktop() {
  const [history, dispatch] = useStepper(simulation);
  // A trip started with its button plays on by itself; stepping back or forward takes over by hand.
  const [auto, setAuto] = useState(false);
  const reduced = useReducedMotion();
  const state = history.present;
  const apply = (event: DesktopEvent) => dispatch({ type: 'apply', event });
  useInterval(() => apply({ type: 'advance' }), hopMs, auto && state.trip !== null && history.future.length === 0);
  const busy = state.trip !== null;

  return (
    <div className="space-y-4 print:hidden" data-reduced-motion={reduced ? 'true' : 'false'}>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-fg">
        <legend className="float-left mr-2 font-semibold">내 컴퓨터</legend>
        {(['mac', 'windows'] as const satisfies readonly Os[]).map((os) => (
          <label key={os} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
            <input
              type="radio"
              name="docker-desktop-os"
              className="size-4 accent-accent-strong"
              checked={state.os === os}
              aria-disabled={busy}
              onChange={() => apply({ type: 'choose-os', os })}
            />
            {osNames[os]}
          </label>
        ))}
      </fieldset>
      <div className="space-y-2">
        <Narration>{narrate(state)}</Narration>
        <TerminalLines command={commandFor(state)} lines={terminalLog(state)} />
      </div>
      <div role="group" aria-label="도커 명령" className="flex flex-wrap gap-2">
        <ControlButton
          variant="primary"
          aria-disabled={busy || state.containerRunning}
          onClick={() => {
            if (busy || state.containerRunning) return;
            setAuto(true);
            apply({ type: 'run' });
          }}
        >
          docker run 실행
        </ControlButton>
        <ControlButton
          aria-disabled={busy || !state.containerRunning}
          onClick={() => {
            if (busy || !state.containerRunning) return;
            setAuto(true);
            apply({ type: 'open-browser' });
          }}
        >
          브라우저에서 localhost:8080 열기
        </ControlButton>
      </div>
      <Panels state={state} animate={!reduced} onPublish={() => apply({ type: 'publish' })} onDeploy={(target) => apply({ type: 'deploy', target })} />
      <StepControls
        canReset={history.past.length > 0 || state.step !== null}
        canBack={history.past.length > 0}
        canForward={canGoForward(history, simulation)}
        onReset={() => {
          setAuto(false);
          dispatch({ type: 'reset' });
        }}
        onBack={() => {
          setAuto(false);
          dispatch({ type: 'back' });
        }}
        onForward={() => {
          setAuto(false);
          dispatch({ type: 'forward' });
        }}
      />
    </div>
  );
}

type PanelsProps = { state: DesktopState; animate?: boolean; onPublish?: () => void; onDeploy?: (target: Target) => void };

function Panels({ state, animate, onPublish, onDeploy }: PanelsProps) {
  return (
    <div className="space-y-5">
      <PathDiagram state={state} animate={animate} />
      <TeamMachines state={state} animate={animate} onPublish={onPublish} onDeploy={onDeploy} />
    </div>
  );
}
