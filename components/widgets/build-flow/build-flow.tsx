'use client';

import { useId, useMemo, useRef, useState } from 'react';
import {
  building,
  buildFlowSimulations,
  clock,
  hostPorts,
  maxSceneEvents,
  refusal,
  terminal,
  type BuildFlowEvent,
  type BuildFlowState,
  type Variant,
} from '@/lib/simulations/build-flow';
import { Narration } from '../shared/narration';
import { SharedSceneNote, ShareSceneButton } from '../shared/scene-share';
import { TerminalLines } from '../shared/terminal-lines';
import { Transcript } from '../shared/transcript';
import { useLiveWhenNear } from '../shared/use-live-when-near';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { useSharedScene } from '../shared/use-shared-scene';
import { useSimulation } from '../shared/use-simulation';
import { WidgetFrame } from '../shared/widget-frame';
import { ActionRow } from './controls';
import { ImageStack } from './image-stack';
import { RecipePanel } from './recipe-panel';

type Props = { variant?: Variant };

const captions: Record<Variant, string> = {
  full: '레시피(Dockerfile)를 빌드하면 이미지가, 이미지를 실행하면 컨테이너가 됩니다',
  compact: '빌드하고 실행하기: Dockerfile → 이미지 → 컨테이너',
};

// The server (and a reader without JavaScript, and the printer) gets a still figure of the
// finished tour and its transcript; the live widget exists only once it nears the viewport,
// because without JavaScript its controls could do nothing.
export function BuildFlow({ variant = 'full' }: Props) {
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  const simulation = buildFlowSimulations[variant];
  return (
    <WidgetFrame ref={frame} caption={captions[variant]} id={`build-flow-${variant}`}>
      {live && <LiveBuildFlow variant={variant} />}
      <Transcript lines={simulation.transcript()} hidden={live}>
        <Panels state={simulation.still()} />
      </Transcript>
    </WidgetFrame>
  );
}

function LiveBuildFlow({ variant }: { variant: Variant }) {
  const instance = `build-flow-${variant}`;
  const simulation = buildFlowSimulations[variant];
  const codec = simulation.codec!;
  const shared = useSharedScene(instance, codec);
  const options = useMemo(() => ({ scene: shared.status === 'ok' ? shared.scene : null }), [shared]);
  const sim = useSimulation(simulation, options);
  const reduced = useReducedMotion();
  const [port, setPort] = useState<number>(hostPorts[0]);
  const heading = useRef<HTMLParagraphElement>(null);
  const hintId = useId();
  const editHintId = useId();
  const full = variant === 'full';
  const state = sim.state;
  const running = building(state);

  const runEvent: BuildFlowEvent = { type: 'run', port: full ? port : null };
  const runHint = refusal(state, runEvent);
  const editHint = full ? refusal(state, { type: 'edit', line: 0 }) : null;
  const output = terminal(state);
  const send = (event: BuildFlowEvent) => {
    sim.send(event);
    // The pressed 삭제 goes with its container; keep the keyboard where the containers were.
    if (event.type === 'remove') heading.current?.focus();
  };
  const build = running
    ? { label: sim.ticking ? '일시 정지' : '빌드 계속', enabled: true, onClick: sim.ticking ? sim.pause : sim.play }
    : { label: '빌드', enabled: sim.can({ type: 'build' }), onClick: () => send({ type: 'build' }) };

  return (
    <div className="space-y-4 print:hidden" data-reduced-motion={reduced ? 'true' : 'false'}>
      <SharedSceneNote read={shared} />
      <div className="space-y-1">
        <Narration>{simulation.narrate(state)}</Narration>
        <p className="text-xs text-muted">{clock.note}</p>
      </div>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <ActionRow
          label="도커 명령"
          actions={[
            { ...build, primary: true },
            { label: '실행', enabled: runHint === null, describedBy: runHint ? hintId : undefined, onClick: () => send(runEvent) },
          ]}
        />
        {full && (
          <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-fg">
            <legend className="float-left mr-1 font-semibold">
              내 컴퓨터 포트 <code className="font-mono text-xs">-p</code>
            </legend>
            {hostPorts.map((candidate) => (
              <label key={candidate} className="inline-flex min-h-11 items-center gap-1.5 font-mono">
                <input type="radio" name={`${instance}-port`} value={candidate} checked={port === candidate} onChange={() => setPort(candidate)} className="size-4 accent-accent-strong" />
                {candidate}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {runHint && (
        <p id={hintId} className="text-xs text-muted">
          {runHint}
        </p>
      )}

      <Panels
        state={state}
        animate={!reduced}
        ticking={sim.ticking}
        edits={full ? { can: (line) => sim.can({ type: 'edit', line }), onEdit: (line) => send({ type: 'edit', line }), describedBy: editHint ? editHintId : undefined } : undefined}
        controls={full ? { can: sim.can, send } : undefined}
        headingRef={heading}
      />
      {editHint && (
        <p id={editHintId} className="text-xs text-muted">
          {editHint}
        </p>
      )}

      <TerminalLines command={output?.command ?? null} lines={output?.output} />

      <ActionRow
        label="단계 이동"
        actions={[
          { label: '처음부터', enabled: sim.canReset, onClick: sim.reset },
          { label: '다음 단계', enabled: sim.canForward, onClick: sim.forward },
        ]}
      />
      <ShareSceneButton instance={instance} codec={codec} scene={sim.scene.entries.length <= maxSceneEvents ? sim.scene : null} />
    </div>
  );
}

type PanelsProps = {
  state: BuildFlowState;
  animate?: boolean;
  ticking?: boolean;
  edits?: Parameters<typeof RecipePanel>[0]['edits'];
  controls?: Parameters<typeof ImageStack>[0]['controls'];
  headingRef?: Parameters<typeof ImageStack>[0]['headingRef'];
};

// Recipe and image side by side from a tablet up; on a phone the image comes right under the
// Dockerfile, so a line, its layer and the narration above them fit on one screen.
function Panels({ state, animate = false, ticking = false, edits, controls, headingRef }: PanelsProps) {
  const id = useId();
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <RecipePanel state={state} labelId={`${id}-recipe`} ticking={ticking} edits={edits} />
      <ImageStack state={state} animate={animate} labelId={`${id}-image`} controls={controls} headingRef={headingRef} />
    </div>
  );
}
