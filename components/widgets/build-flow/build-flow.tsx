'use client';

import { useId, useRef, useState, type ComponentType } from 'react';
import {
  building,
  buildFlowSimulations,
  hostPorts,
  refusal,
  terminal,
  type BuildFlowEvent,
  type BuildFlowState,
  type Variant,
} from '@/lib/simulations/build-flow';
import { SimulationFrame, type LiveSimulation } from '../shared/simulation-frame';
import { TerminalLines } from '../shared/terminal-lines';
import { terminalAnchor } from '@/components/terminal/world-ids';
import { BuildFlowTerminal } from './build-flow-terminal';
import { ControlButton } from '../shared/control-button';
import { ActionRow } from './controls';
import type { DockerfileEditor } from './dockerfile-editor';
import { ImageStack } from './image-stack';
import { RecipePanel } from './recipe-panel';

type Props = {
  variant?: Variant;
  /** A docker terminal under the widget, on its own state (the full variant's). */
  terminal?: boolean;
};

const captions: Record<Variant, string> = {
  full: '레시피(Dockerfile)를 빌드하면 이미지가, 이미지를 실행하면 컨테이너가 됩니다',
  compact: '빌드하고 실행하기: Dockerfile → 이미지 → 컨테이너',
};

// The shared frame owns the still figure ↔ live swap, the transcript, the paced narration, the
// time-scale note, reduced motion and the share button; this file is the build flow's own view.
// The recipe and the image sit side by side where there is room, so the frame may use the width.
export function BuildFlow({ variant = 'full', terminal: withTerminal = false }: Props) {
  const frame = (
    <SimulationFrame
      simulation={buildFlowSimulations[variant]}
      instance={`build-flow-${variant}`}
      caption={captions[variant]}
      wide={variant === 'full'}
      stepControls={false}
      still={(state) => <Panels state={state} />}
      after={withTerminal ? (live) => <BuildFlowTerminal simulation={live} instance={live.instance} /> : undefined}
    >
      {(live) => <LiveBuildFlow live={live} variant={variant} />}
    </SimulationFrame>
  );
  // `data-terminal` names the world for the code blocks' "터미널에서 실행" before the widget is live.
  return withTerminal ? (
    <div data-terminal="container" id={terminalAnchor('container')}>
      {frame}
    </div>
  ) : (
    frame
  );
}

function LiveBuildFlow({ live, variant }: { live: LiveSimulation<BuildFlowState, BuildFlowEvent>; variant: Variant }) {
  const [port, setPort] = useState<number>(hostPorts[0]);
  const heading = useRef<HTMLParagraphElement>(null);
  const hintId = useId();
  const editHintId = useId();
  const full = variant === 'full';
  const state = live.state;
  const running = building(state);

  const runEvent: BuildFlowEvent = { type: 'run', port: full ? port : null };
  const runHint = refusal(state, runEvent);
  const editHint = full ? refusal(state, { type: 'edit', line: 0 }) : null;
  const output = terminal(state);
  const flushRef = useRef<(() => void) | null>(null);
  const send = (event: BuildFlowEvent) => {
    live.send(event);
    // The pressed 삭제 goes with its container; keep the keyboard where the containers were.
    if (event.type === 'remove') heading.current?.focus();
  };
  // While a build runs, 빌드 pauses and resumes it: the clock is the build.
  const build = running
    ? { label: live.ticking ? '일시 정지' : '빌드 계속', enabled: true, onClick: live.ticking ? live.pause : live.play }
    : {
        label: '빌드',
        enabled: live.can({ type: 'build' }),
        // 빌드 means the build runs, also when the clock was paused (a shared scene opens paused).
        onClick: () => {
          // What is typed in the editor is what gets built, also in the moment before it settles.
          flushRef.current?.();
          send({ type: 'build' });
          live.play();
        },
      };

  return (
    <>
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <ActionRow
            label="도커 명령"
            actions={[
              { ...build, primary: true },
              {
                label: '실행',
                enabled: runHint === null,
                describedBy: runHint ? hintId : undefined,
                onClick: () => send(runEvent),
              },
            ]}
          />
          {full && (
            <fieldset className="flex flex-wrap items-center gap-x-3 text-sm text-fg">
              <legend className="sr-only">내 컴퓨터 포트</legend>
              <span aria-hidden="true" className="font-semibold">
                <code className="font-mono text-xs">-p</code> 내 컴퓨터 포트
              </span>
              {hostPorts.map((candidate) => (
                <label key={candidate} className="inline-flex min-h-11 items-center gap-1.5 font-mono">
                  <input
                    type="radio"
                    name={`${live.instance}-port`}
                    value={candidate}
                    checked={port === candidate}
                    onChange={() => setPort(candidate)}
                    className="size-4 accent-accent-strong"
                  />
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
      </div>

      {full && <EditorToggle state={state} send={send} flushRef={flushRef} />}

      <Panels
        state={state}
        animate={!live.reducedMotion}
        ticking={live.ticking}
        edits={
          full
            ? {
                can: (line) => live.can({ type: 'edit', line }),
                onEdit: (line) => send({ type: 'edit', line }),
                describedBy: editHint ? editHintId : undefined,
              }
            : undefined
        }
        controls={full ? { can: live.can, send } : undefined}
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
          { label: '처음부터', enabled: live.canReset, onClick: live.reset },
          { label: '이전 단계', enabled: live.canBack, onClick: live.back },
          { label: '다음 단계', enabled: live.canForward, onClick: live.forward },
        ]}
      />
    </>
  );
}

type Editor = typeof DockerfileEditor;

// 편집 opens the editor, whose code is fetched only then: most readers never open it, so it adds
// nothing to the widget's own download.
function EditorToggle(props: Parameters<Editor>[0]) {
  const [open, setOpen] = useState(false);
  const [Loaded, setLoaded] = useState<ComponentType<Parameters<Editor>[0]> | null>(null);
  const [failed, setFailed] = useState(false);
  const panelId = useId();
  const toggle = () => {
    if (open) props.flushRef.current?.();
    setOpen(!open);
    if (Loaded || open) return;
    setFailed(false);
    import('./dockerfile-editor').then(
      (module) => setLoaded(() => module.DockerfileEditor),
      () => setFailed(true),
    );
  };
  return (
    <div className="space-y-2">
      <ControlButton aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        편집
      </ControlButton>
      <div id={panelId} hidden={!open}>
        {open &&
          (Loaded ? (
            <Loaded {...props} />
          ) : (
            <p className="text-sm text-muted" role="status">
              {failed ? '편집기를 불러오지 못했습니다. 연결을 확인하고 다시 눌러 보세요.' : '편집기를 불러오는 중입니다.'}
            </p>
          ))}
      </div>
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
