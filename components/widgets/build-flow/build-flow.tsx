'use client';

import { useId, useMemo, useRef } from 'react';
import {
  canGoForward,
  commandFor,
  delayBeforeNext,
  finishedState,
  flowSceneCodec,
  narrate,
  recipe,
  recipeChanged,
  replayFlowScene,
  sceneOfTimeline,
  transcript,
  type BuildFlowState,
  type Variant,
} from '@/lib/simulations/build-flow';
import { Narration } from '../shared/narration';
import { SharedSceneNote, ShareSceneButton } from '../shared/scene-share';
import { useSharedScene } from '../shared/use-shared-scene';
import { useReducedMotion } from '../shared/use-reduced-motion';
import { WidgetFrame } from '../shared/widget-frame';
import { ContainerList } from './container-list';
import { ActionRow } from './controls';
import { ImageStack } from './image-stack';
import { RecipePanel } from './recipe-panel';
import { useBuildFlow } from './use-build-flow';
import { useLiveWhenNear } from '../shared/use-live-when-near';

type Props = { variant?: Variant };

const captions: Record<Variant, string> = {
  full: '레시피(Dockerfile)를 빌드하면 이미지가, 이미지를 실행하면 컨테이너가 됩니다',
  compact: '빌드하고 실행하기: Dockerfile → 이미지 → 컨테이너',
};

// The server (and a reader without JavaScript, and the printer) gets a still figure of the
// finished tour and a transcript; the live controls exist only once it nears the viewport, because
// without JavaScript they could do nothing. The transcript is rendered in both, so hydration matches.
export function BuildFlow({ variant = 'full' }: Props) {
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  const lines = transcript(variant);
  return (
    <WidgetFrame ref={frame} caption={captions[variant]} id={`build-flow-${variant}`}>
      {live && <LiveBuildFlow variant={variant} />}
      {/* Once live, the still figure is for print only; aria-hidden keeps it from being read twice. */}
      <div className={live ? 'hidden print:block' : undefined} aria-hidden={live || undefined} data-still-figure="">
        <Panels state={finishedState(variant)} variant={variant} />
        <ol className="mt-4 hidden list-decimal space-y-1 pl-5 text-sm text-fg print:block">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </div>
      <details className="text-sm text-fg print:hidden">
        <summary className="cursor-pointer font-semibold text-accent-strong">단계별 설명 읽기</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </details>
    </WidgetFrame>
  );
}

function LiveBuildFlow({ variant }: { variant: Variant }) {
  const instance = `build-flow-${variant}`;
  const shared = useSharedScene(instance, flowSceneCodec);
  // The codec only accepts scenes that replay, so an 'ok' scene always gives a timeline.
  const initial = useMemo(() => (shared.status === 'ok' ? replayFlowScene(shared.scene) : null), [shared]);
  const [timeline, dispatch] = useBuildFlow(variant, initial);
  const scene = useMemo(() => sceneOfTimeline(timeline), [timeline]);
  const reduced = useReducedMotion();
  const containersHeading = useRef<HTMLParagraphElement>(null);
  const hintId = useId();
  const state = timeline.present;
  const playing = timeline.playing !== 'no';
  const now = () => Date.now();

  const building = state.build !== null;
  const canBuild = building ? timeline.playing !== 'build' : recipeChanged(state);
  const buildHint = building
    ? null
    : !canBuild
      ? variant === 'full'
        ? 'Dockerfile이 그대로라 다시 빌드해도 같은 이미지입니다. 먼저 재료를 바꿔 보세요.'
        : '이미지를 이미 만들었습니다. 실행을 눌러 보세요.'
      : null;
  const command = commandFor(state);

  return (
    <div className="space-y-4 print:hidden" data-playing={timeline.playing} data-reduced-motion={reduced ? 'true' : 'false'}>
      <SharedSceneNote read={shared} />
      <div className="space-y-2">
        <Narration>{narrate(state, variant)}</Narration>
        <p className="min-h-5 font-mono text-xs text-muted">
          {command && (
            <>
              <span className="sr-only">명령: </span>
              <span aria-hidden="true">$ </span>
              {command}
            </>
          )}
        </p>
      </div>

      <ActionRow
        label="도커 명령"
        actions={[
          {
            label: building ? '빌드 계속' : '빌드',
            primary: true,
            enabled: canBuild,
            describedBy: buildHint ? hintId : undefined,
            onClick: () => dispatch({ type: 'build', now: now() }),
          },
          { label: '실행', enabled: state.images.length > 0, onClick: () => dispatch({ type: 'apply', event: { type: 'run' }, now: now() }) },
        ]}
      />
      {buildHint && (
        <p id={hintId} className="text-xs text-muted">
          {buildHint}
        </p>
      )}

      <Panels
        state={state}
        variant={variant}
        animate={!reduced}
        playing={playing}
        progressMs={playing && building && !reduced ? delayBeforeNext(timeline) : null}
        emptyRef={containersHeading}
        onEdit={(line) => dispatch({ type: 'apply', event: { type: 'edit', line }, now: now() })}
        onStop={(container) => dispatch({ type: 'apply', event: { type: 'stop', id: container.id }, now: now() })}
        onRemove={(container) => {
          dispatch({ type: 'apply', event: { type: 'remove', id: container.id }, now: now() });
          // The pressed button is gone with its container; keep the keyboard where the containers are.
          containersHeading.current?.focus();
        }}
      />

      <ActionRow
        label="재생 조절"
        actions={[
          { label: '처음부터', enabled: timeline.past.length > 0 || state.step !== null, onClick: () => dispatch({ type: 'reset' }) },
          { label: '이전 단계', enabled: timeline.past.length > 0, onClick: () => dispatch({ type: 'back' }) },
          {
            label: playing ? '일시 정지' : '재생',
            enabled: playing || canGoForward(timeline, variant),
            onClick: () => dispatch({ type: playing ? 'pause' : 'play' }),
          },
          { label: '다음 단계', enabled: canGoForward(timeline, variant), onClick: () => dispatch({ type: 'forward', now: now() }) },
        ]}
      />
      <ShareSceneButton instance={instance} codec={flowSceneCodec} scene={scene} />
    </div>
  );
}

type PanelsProps = {
  state: BuildFlowState;
  variant: Variant;
  animate?: boolean;
  progressMs?: number | null;
  playing?: boolean;
  onEdit?: (line: number) => void;
  onStop?: Parameters<typeof ContainerList>[0]['onStop'];
  onRemove?: Parameters<typeof ContainerList>[0]['onRemove'];
  emptyRef?: Parameters<typeof ContainerList>[0]['emptyRef'];
};

function Panels({ state, variant, animate = false, progressMs = null, playing = false, onEdit, onStop, onRemove, emptyRef }: PanelsProps) {
  const id = useId();
  const full = variant === 'full';
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div className="min-w-0 space-y-2">
          <RecipePanel state={state} progressMs={progressMs} playing={playing} labelId={`${id}-recipe`} />
          {full && onEdit && (
            <ActionRow
              label="재료 바꾸기"
              actions={recipe.flatMap((instruction, line) =>
                instruction.edit ? [{ label: instruction.edit.label, enabled: state.build === null, onClick: () => onEdit(line) }] : [],
              )}
            />
          )}
        </div>
        <div className="min-w-0">
          <ImageStack state={state} animate={animate} labelId={`${id}-image`} />
        </div>
      </div>
      <ContainerList
        state={state}
        animate={animate}
        labelId={`${id}-containers`}
        onStop={full ? onStop : undefined}
        onRemove={full ? onRemove : undefined}
        emptyRef={emptyRef}
      />
    </div>
  );
}
