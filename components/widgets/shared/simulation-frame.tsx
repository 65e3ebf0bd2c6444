'use client';

import { useMemo, useState, type ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { maxPayloadLength, type SceneRead } from '@/lib/share/scene-link';
import type { Scene, Simulation } from '@/lib/simulations/kernel';
import { Narration } from './narration';
import { SharedSceneNote, ShareSceneButton, type Unshareable } from './scene-share';
import { StepControls } from './step-controls';
import { TimeScaleNote } from './time-scale-note';
import { useLiveWhenNear } from './use-live-when-near';
import { usePrinting } from './use-printing';
import { useReducedMotion } from './use-reduced-motion';
import { forgetSharedScene, useSharedScene } from './use-shared-scene';
import { useSimulation } from './use-simulation';
import { WidgetErrorBoundary } from './widget-error-boundary';
import { WidgetFrame } from './widget-frame';
import { usePublishedState } from '@/components/exercises/observed-states';

/** What the live view receives: the hook's whole API, plus what the frame knows about the reader. */
export type LiveSimulation<S, E> = ReturnType<typeof useSimulation<S, E>> & {
  /** The reader asked for less motion: draw end states, no transitions. */
  reducedMotion: boolean;
  /** The scene-link instance, also the figure's id ("build-flow-full"). */
  instance: string;
};

export type SimulationFrameProps<S, E> = {
  /** A module-level simulation object (its identity must not change between renders). */
  simulation: Simulation<S, E>;
  /** The figure's id and the scene-link instance: `${simulation.id}-<preset>`, lowercase kebab-case. */
  instance: string;
  caption: string;
  /** The still figure of `simulation.still()`: for the server, readers without JavaScript, print and failures. */
  still: (state: S) => ReactNode;
  /** The live view, rendered only near the viewport, inside an error boundary. */
  children: (live: LiveSimulation<S, E>) => ReactNode;
  /** After the step and share controls, on the same live state: an attached terminal, last in reading and Tab order. */
  after?: (live: LiveSimulation<S, E>) => ReactNode;
  /** The sentence on screen for a state; `simulation.narrate` unless the widget has a preset to pass. */
  narrate?: (state: S) => string;
  /** What the live region speaks when it should differ from the screen (random pod names left out). */
  spoken?: (state: S) => string;
  /** With a clock: whether it runs by itself. By default it does, unless the reader prefers reduced motion. */
  autoplay?: boolean;
  /** The 처음부터 · 이전 단계 · 다음 단계 row under the view. By default only without a clock. */
  stepControls?: boolean;
  /** Use the width beside the prose column on wide screens (a breakout), for widgets with side-by-side panels. */
  wide?: boolean;
  className?: string;
};

/**
 * The one frame every widget is drawn in. It owns the still figure ↔ live swap (server, no-JS,
 * print), the transcript, the caption, the paced narration, reduced motion, the time-scale note,
 * scene sharing (read, note, share button, forgetting the link on 처음부터), the step-controls row,
 * and an error boundary that falls back to the still figure. A widget passes its simulation and
 * two views:
 *
 * ```tsx
 * <SimulationFrame
 *   simulation={buildFlow}
 *   instance="build-flow-full"
 *   caption="레시피(Dockerfile)를 빌드하면 이미지가 됩니다"
 *   still={(state) => <Panels state={state} />}
 * >
 *   {(live) => <Panels state={live.state} onBuild={() => live.send({ type: 'build' })} canBuild={live.can({ type: 'build' })} />}
 * </SimulationFrame>
 * ```
 */
export function SimulationFrame<S, E>(props: SimulationFrameProps<S, E>) {
  const { simulation, instance, caption, still, wide, className } = props;
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  const printing = usePrinting();
  const [failed, setFailed] = useState(false);
  const stillState = useMemo(() => simulation.still(), [simulation]);
  const lines = useMemo(() => simulation.transcript(), [simulation]);
  const running = live && !failed;
  return (
    <WidgetFrame ref={frame} id={instance} caption={caption} wide={wide} className={cn('simulation-figure', className)}>
      {live && (
        <WidgetErrorBoundary onError={() => setFailed(true)}>
          <div className="space-y-4 print:hidden">
            <LivePart {...props} />
          </div>
        </WidgetErrorBoundary>
      )}
      {/* Once live, the still figure returns only for paper, keeping the reader's live state. */}
      {(!running || printing) && (
        <div className={running ? 'hidden print:block' : undefined} aria-hidden={running || undefined} data-still-figure="">
          {still(stillState)}
          <TranscriptList lines={lines} className="mt-4 hidden text-sm text-fg print:block" />
        </div>
      )}
      <details className="text-sm text-fg print:hidden">
        <summary className="cursor-pointer font-semibold text-accent-strong">단계별 설명 읽기</summary>
        <TranscriptList lines={lines} className="mt-2" />
      </details>
    </WidgetFrame>
  );
}

function LivePart<S, E>({
  simulation,
  instance,
  children,
  after,
  narrate,
  spoken,
  autoplay,
  stepControls,
}: SimulationFrameProps<S, E>) {
  const codec = simulation.codec;
  const reducedMotion = useReducedMotion();
  const [shared, setShared] = useSharedSceneOf(instance, codec);
  // Read once: the hook takes its options at mount (a shared scene is replayed only then).
  const [options] = useState(() => ({
    scene: shared.status === 'ok' ? shared.scene : null,
    autoplay: autoplay ?? !reducedMotion,
  }));
  const sim = useSimulation(simulation, options);
  // For the chapter's exercises, which check this state (and an attached terminal's, the same one).
  usePublishedState(instance, sim.state);
  const live: LiveSimulation<S, E> = {
    ...sim,
    reducedMotion,
    instance,
    // 처음부터 also forgets the link it was opened from, so a reload does not undo the reset.
    reset: () => {
      sim.reset();
      if (shared.status !== 'none') {
        forgetSharedScene(instance);
        setShared({ status: 'none' });
      }
    },
  };
  const text = (narrate ?? simulation.narrate)(sim.state);
  const showSteps = stepControls ?? simulation.clock === undefined;
  return (
    <div
      className="space-y-4"
      data-reduced-motion={reducedMotion ? 'true' : 'false'}
      data-playing={sim.ticking ? 'true' : 'false'}
    >
      {shared.status !== 'none' && <SharedSceneNote read={shared} />}
      {/* On a phone the narration stays on screen while the reader scrolls through what it describes. */}
      <div className="sticky top-14 z-10 space-y-1 bg-bg pt-1 pb-1 lg:static lg:pt-0 lg:pb-0">
        <Narration spoken={spoken?.(sim.state)}>{text}</Narration>
        {simulation.clock?.note && <TimeScaleNote>{simulation.clock.note}</TimeScaleNote>}
      </div>
      {children(live)}
      {(showSteps || codec) && (
        <div className="flex flex-wrap items-start justify-between gap-2">
          {showSteps && (
            <StepControls
              canReset={live.canReset}
              canBack={live.canBack}
              canForward={live.canForward}
              onReset={live.reset}
              onBack={live.back}
              onForward={live.forward}
            />
          )}
          {codec && (
            <ShareSceneButton instance={instance} codec={codec} scene={sim.scene} unshareable={unshareable(codec, sim.scene)} />
          )}
        </div>
      )}
      {after?.(live)}
    </div>
  );
}

/** The shared scene for this instance, until 처음부터 forgets it. */
function useSharedSceneOf<E>(instance: string, codec: Simulation<unknown, E>['codec']) {
  return useState<SceneRead<Scene<E>>>(useSharedScene(instance, codec));
}

// Why this scene cannot go in a link, if it cannot: a codec refuses what it does not carry (a
// manifest the reader wrote), and a long history makes an address too long to send.
function unshareable<E>(codec: NonNullable<Simulation<unknown, E>['codec']>, scene: Scene<E>): Unshareable | undefined {
  try {
    return codec.encode(scene).length <= maxPayloadLength ? undefined : 'too-long';
  } catch {
    return 'not-carried';
  }
}

function TranscriptList({ lines, className }: { lines: readonly string[]; className?: string }) {
  return (
    <ol className={cn('list-decimal space-y-1 pl-5', className)}>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ol>
  );
}
