'use client';

import { useId, useMemo } from 'react';
import {
  commandFor,
  dockerDesktopSimulation,
  maxSceneEvents,
  narrate,
  osNames,
  stories,
  storyNames,
  terminalLog,
  type DesktopEvent,
  type DesktopState,
  type Os,
  type Story,
} from '@/lib/simulations/docker-desktop';
import { ControlButton } from '../shared/control-button';
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
import type { Controls } from './controls';
import { PathDiagram } from './path-diagram';
import { StoryTabs } from './story-tabs';
import { TeamMachines } from './team-machines';

const instance = dockerDesktopSimulation.id;
const codec = dockerDesktopSimulation.codec!;

export function DockerDesktop() {
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  return (
    <WidgetFrame ref={frame} id={instance} caption="Docker Desktop 안에서 docker run이 지나가는 길">
      {live && <LiveDockerDesktop />}
      <Transcript lines={dockerDesktopSimulation.transcript()} hidden={live}>
        <Still state={dockerDesktopSimulation.still()} />
      </Transcript>
    </WidgetFrame>
  );
}

// Nothing moves by itself: each press of 다음 지점으로 (or 다음 단계) moves a trip on one station,
// so every sentence stays until the reader asks for the next.
function LiveDockerDesktop() {
  const base = useId();
  const shared = useSharedScene(instance, codec);
  const options = useMemo(() => ({ scene: shared.status === 'ok' ? shared.scene : null }), [shared]);
  const simulation = useSimulation(dockerDesktopSimulation, options);
  const reduced = useReducedMotion();
  const { state } = simulation;
  const controls: Controls = { can: simulation.can, send: simulation.send };

  return (
    <div className="space-y-4 print:hidden" data-reduced-motion={reduced ? 'true' : 'false'}>
      <SharedSceneNote read={shared} />
      <StoryTabs story={state.story} base={base} onSelect={(story) => simulation.send({ type: 'story', story })} />
      {stories.map((story) => (
        <div key={story} role="tabpanel" id={`${base}-panel-${story}`} aria-labelledby={`${base}-tab-${story}`} hidden={story !== state.story}>
          {story === 'nginx' ? (
            <NginxStory state={state} animate={!reduced} controls={controls} />
          ) : (
            <TeamStory state={state} animate={!reduced} controls={controls} />
          )}
        </div>
      ))}
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

type StoryProps = { state: DesktopState; animate: boolean; controls: Controls };

/** The narration and terminal of one story; the hidden tab's are told for its own state. */
function Told({ state, story }: { state: DesktopState; story: Story }) {
  const view = { ...state, story };
  return (
    <div className="space-y-2">
      <Narration>{narrate(view)}</Narration>
      <TerminalLines command={commandFor(view)} lines={terminalLog(view)} />
    </div>
  );
}

function NginxStory({ state, animate, controls }: StoryProps) {
  const button = (label: string, event: DesktopEvent, primary = false) => (
    <ControlButton variant={primary ? 'primary' : 'secondary'} aria-disabled={!controls.can(event)} onClick={() => controls.send(event)}>
      {label}
    </ControlButton>
  );
  return (
    // On a phone the map sits between the sentence and the buttons, so cause and effect share a
    // screen; from md up it takes the right column beside them.
    <div className="grid grid-cols-1 gap-4 pt-3 md:grid-cols-2 md:grid-rows-[auto_auto_1fr]">
      <fieldset className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm text-fg">
        <legend className="float-left mr-2 font-semibold">내 컴퓨터</legend>
        {(['mac', 'windows'] as const satisfies readonly Os[]).map((os) => (
          <label key={os} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
            <input
              type="radio"
              name={`${instance}-os`}
              className="size-4 accent-accent-strong"
              checked={state.os === os}
              aria-disabled={state.os !== os && !controls.can({ type: 'choose-os', os })}
              onChange={() => controls.send({ type: 'choose-os', os })}
            />
            {osNames[os]}
          </label>
        ))}
      </fieldset>
      <div className="min-w-0">
        <Told state={state} story="nginx" />
      </div>
      <div className="min-w-0 md:col-start-2 md:row-span-3 md:row-start-1">
        <PathDiagram state={state} animate={animate} />
      </div>
      <div role="group" aria-label="도커 명령" className="flex flex-wrap content-start gap-2">
        {button('docker run 실행', { type: 'run' }, true)}
        {button('브라우저에서 localhost:8080 열기', { type: 'open-browser' })}
        {button('다음 지점으로', { type: 'advance' })}
      </div>
    </div>
  );
}

function TeamStory({ state, animate, controls }: StoryProps) {
  return (
    <div className="space-y-3 pt-3">
      <Told state={state} story="team" />
      <TeamMachines state={state} animate={animate} controls={controls} />
    </div>
  );
}

/** Both stories one above the other, finished, without controls. */
function Still({ state }: { state: DesktopState }) {
  return (
    <div className="space-y-5">
      {stories.map((story, index) => (
        <section key={story} className="min-w-0 space-y-2">
          <h3 className="text-sm font-semibold text-fg">{`${index + 1}. ${storyNames[story]}`}</h3>
          {story === 'nginx' ? <PathDiagram state={state} /> : <TeamMachines state={state} />}
        </section>
      ))}
    </div>
  );
}
