'use client';

import { useMemo } from 'react';
import { commandFor, dockerHubSimulation, maxSceneEvents, narrate, terminalLog, type DockerHubEvent, type DockerHubState } from '@/lib/simulations/docker-hub';
import { Narration } from '../shared/narration';
import { SharedSceneNote, ShareSceneButton } from '../shared/scene-share';
import { StepControls } from '../shared/step-controls';
import { TerminalLines } from '../shared/terminal-lines';
import { Transcript } from '../shared/transcript';
import { useLiveWhenNear } from '../shared/use-live-when-near';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { useSharedScene } from '../shared/use-shared-scene';
import { useSimulation } from '../shared/use-simulation';
import { WidgetFrame } from '../shared/widget-frame';
import { HubSearch } from './hub-search';
import { TeamPanel } from './team-panel';

const instance = dockerHubSimulation.id;
const codec = dockerHubSimulation.codec!;

// The server (and a reader without JavaScript, and the printer) gets the finished tour as a still
// figure and a transcript; the live controls exist only once it nears the viewport.
export function DockerHub() {
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  return (
    <WidgetFrame ref={frame} id={instance} caption="Docker Hub에서 이미지를 찾고, 올리고, 내려받기">
      {live && <LiveDockerHub />}
      <Transcript lines={dockerHubSimulation.transcript()} hidden={live}>
        <Panels state={dockerHubSimulation.still()} />
      </Transcript>
    </WidgetFrame>
  );
}

function LiveDockerHub() {
  const shared = useSharedScene(instance, codec);
  const options = useMemo(() => ({ scene: shared.status === 'ok' ? shared.scene : null }), [shared]);
  const simulation = useSimulation(dockerHubSimulation, options);
  const reduced = useReducedMotion();
  const { state, send } = simulation;
  return (
    <div className="space-y-4 print:hidden" data-reduced-motion={reduced ? 'true' : 'false'}>
      <SharedSceneNote read={shared} />
      <div className="space-y-2">
        <Narration>{narrate(state)}</Narration>
        <TerminalLines command={commandFor(state)} lines={terminalLog(state)} />
      </div>
      <Panels state={state} animate={!reduced} can={simulation.can} send={send} />
      <StepControls
        canReset={simulation.canReset}
        canBack={simulation.canBack}
        canForward={simulation.canForward}
        onReset={simulation.reset}
        onBack={simulation.back}
        onForward={simulation.forward}
      />
      <ShareSceneButton instance={instance} codec={codec} scene={simulation.scene.entries.length <= maxSceneEvents ? simulation.scene : null} />
    </div>
  );
}

type PanelsProps = {
  state: DockerHubState;
  animate?: boolean;
  /** Absent in the still figure: no search box and no buttons there. */
  can?: (event: DockerHubEvent) => boolean;
  send?: (event: DockerHubEvent) => void;
};

function Panels({ state, animate = false, can, send }: PanelsProps) {
  const controls = can && send ? { can, send } : undefined;
  return (
    <div className="space-y-5">
      <HubSearch state={state} controls={controls} />
      <TeamPanel state={state} animate={animate} controls={controls} />
    </div>
  );
}
