'use client';

import { Fragment, lazy, Suspense, useId, useState } from 'react';
import {
  ORCHESTRATOR,
  PRESETS,
  TIME_NOTE,
  TIME_SCALE,
  averageUtilization,
  cpuRequestOf,
  specOf,
  templateOf,
  isServing,
  recordLine,
  type AutoscalerReading,
  type ClusterEvent,
  type ClusterState,
  type Preset,
  type SceneId,
} from '@/lib/simulations/orchestrator';
import { terminalAnchor } from '@/components/terminal/world-ids';
import { ControlButton } from '../shared/control-button';
import { SimulationFrame, type LiveSimulation } from '../shared/simulation-frame';
import { ClusterMap } from './cluster-map';
import { FaultControls, LoadControl, PlaybackControls, RolloutControls, runningImages } from './controls';
import { formatTime } from './format';
import { HistoryChart } from './history-chart';
import { OrchestratorTerminal } from './orchestrator-terminal';
import { PodsTable } from './pods-table';
import { useStickyBelow } from './use-sticky-below';

type Props = {
  scene?: SceneId;
  /** A kubectl terminal at the end of the widget, on its own state (the sandbox's). */
  terminal?: boolean;
};

// One chapter instance of the cluster, in the shared frame (still figure, print, narration, time
// note, scene links). The clock waits for the reader's first action or 재생.
export function Orchestrator({ scene = 'sandbox', terminal = false }: Props) {
  const preset = PRESETS[scene] ?? PRESETS.sandbox;
  const frame = (
    <SimulationFrame
      simulation={ORCHESTRATOR[preset.id]}
      instance={`orchestrator-${preset.id}`}
      caption={preset.caption}
      autoplay={false}
      wide
      still={(state) => <Still state={state} preset={preset} />}
      after={
        terminal
          ? (live) => (
              <>
                <ManifestEditing live={live} />
                <OrchestratorTerminal simulation={live} instance={live.instance} />
              </>
            )
          : undefined
      }
    >
      {(live) => <Live live={live} preset={preset} />}
    </SimulationFrame>
  );
  // `data-terminal` names the world for the code blocks' "터미널에서 실행" before the widget is live.
  return terminal ? (
    <div data-terminal="kubernetes" id={terminalAnchor('kubernetes')}>
      {frame}
    </div>
  ) : (
    frame
  );
}

// The editor, its YAML parser and the Kubernetes schemas load only when the reader opens it.
const ManifestEditor = lazy(() => import('./manifest-editor/manifest-editor'));

function ManifestEditing({ live }: { live: LiveSimulation<ClusterState, ClusterEvent> }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div className="space-y-2">
      <ControlButton aria-expanded={open} aria-controls={panel} className="min-h-9 px-3 text-sm" onClick={() => setOpen(!open)}>
        {open ? '매니페스트 편집 닫기' : '매니페스트 편집'}
      </ControlButton>
      <div id={panel}>
        {open && (
          <Suspense fallback={<p className="text-sm text-muted">편집기를 불러오는 중입니다…</p>}>
            <ManifestEditor state={live.state} send={live.send} now={live.now} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

function Still({ state, preset }: { state: ClusterState; preset: Preset }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        {formatTime(state.time)} 시점의 모습입니다.
        <span className="print:hidden"> 자바스크립트가 켜져 있으면 직접 조작해 볼 수 있습니다.</span>
      </p>
      <StatusBar state={state} />
      <ClusterMap state={state} animate={false} />
      <PodsTable state={state} label={tableLabel(preset)} />
      <p className="text-xs leading-5 text-muted">{TIME_NOTE}</p>
      {/* On paper the frame prints the demo's transcript right after this figure. */}
      <p className="hidden text-sm font-semibold text-fg print:block">이렇게 진행됩니다</p>
    </div>
  );
}

function Live({ live, preset }: { live: LiveSimulation<ClusterState, ClusterEvent>; preset: Preset }) {
  const { state, send, can } = live;
  const show = new Set(preset.events);
  const sticky = useStickyBelow<HTMLDivElement>();
  return (
    <div className="@container space-y-4">
      <StatusBar state={state} />
      {/* A flex column (not a grid) while stacked, so the sticky map's containing block spans the
          controls; side by side only where the widget itself is wide enough for both. */}
      <div className="flex flex-col gap-4 @4xl:grid @4xl:grid-cols-[minmax(0,1fr)_minmax(0,22rem)] @4xl:items-start">
        {/* On a phone the map stays in view, under the narration, while the reader works the controls below it. */}
        <div ref={sticky} className="sticky z-[9] -mx-1 bg-bg px-1 pb-1 lg:static @4xl:static">
          <ClusterMap state={state} animate={!live.reducedMotion} />
        </div>
        <div className="space-y-3 rounded-lg border border-line p-3">
          {show.has('set-load') && <LoadControl state={state} send={send} />}
          {show.has('fail-node') && <FaultControls state={state} send={send} can={can} />}
          {show.has('deploy-version') && <RolloutControls state={state} send={send} can={can} />}
          <PlaybackControls
            playing={live.playing}
            speed={live.speed}
            canReset={live.canReset}
            canBack={live.canBack}
            onPlay={live.play}
            onPause={live.pause}
            onStep={live.step}
            onSpeed={live.setSpeed}
            onReset={live.reset}
            onBack={live.back}
          />
          <details className="text-xs leading-5 text-muted">
            <summary className="cursor-pointer py-1 font-semibold">줄인 시간과 실제 기본값</summary>
            <ul className="mt-1 list-disc space-y-0.5 pl-4">
              {TIME_SCALE.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
          <EarlierLines state={state} />
        </div>
      </div>
      <HistoryChart
        history={state.history}
        now={state.time}
        totalFailed={state.traffic.totalFailed}
        maxPods={specOf(state).maxReplicas}
      />
      <PodsTable state={state} label={tableLabel(preset)} />
      <details className="text-sm text-fg">
        <summary className="cursor-pointer py-2 font-semibold">지금까지의 기록 ({state.log.length}줄)</summary>
        <Record state={state} />
      </details>
    </div>
  );
}

// What was written just before the latest announcement, so a line that passed at 4× can still be read.
function EarlierLines({ state }: { state: ClusterState }) {
  const lines = state.log.filter((entry) => state.headline === null || entry.time < state.headline.time).slice(-3);
  if (lines.length === 0) return null;
  return (
    <ol aria-label="직전 기록" className="space-y-1 text-xs leading-5 text-muted">
      {lines.map((entry, i) => (
        <li key={`${entry.time}-${i}`} className="grid grid-cols-[2.5rem_1fr] gap-2">
          <span className="font-mono">{formatTime(entry.time)}</span>
          <span>{recordLine(entry, state)}</span>
        </li>
      ))}
    </ol>
  );
}

// Each widget's scrollable table is a landmark; the page has four, so each needs its own name.
function tableLabel(preset: Preset): string {
  return `파드 목록 표: ${preset.caption.split(':')[0]}`;
}

function Record({ state }: { state: ClusterState }) {
  return (
    <ol className="mt-2 space-y-1.5 text-sm leading-6">
      {state.log.map((entry, i) => (
        <li key={i} className="grid grid-cols-[3rem_1fr] gap-2">
          <span className="font-mono text-xs leading-6 text-muted">{formatTime(entry.time)}</span>
          <span>{recordLine(entry, state)}</span>
        </li>
      ))}
    </ol>
  );
}

function whyCpuDiffers(reading: AutoscalerReading): string {
  const ready = `준비된 파드만의 평균은 ${Math.round(reading.readyUtilization)}%입니다.`;
  if (reading.utilization < reading.readyUtilization) {
    const pods = [
      reading.notReady > 0 ? `아직 준비되지 않은 파드 ${reading.notReady}개` : '',
      reading.missing > 0 ? `지표가 없는 파드 ${reading.missing}개` : '',
    ]
      .filter(Boolean)
      .join('와 ');
    return `${ready} HPA는 늘릴지 정할 때 ${pods}를 0%로 칩니다. 곧 부하를 나눠 받을 파드이므로, 지나치게 늘리지 않으려는 보수적인 계산입니다.`;
  }
  return `${ready} HPA는 줄일지 정할 때 지표가 없는 파드 ${reading.missing}개를 100%로 칩니다. 모르는 파드 때문에 지나치게 줄이지 않으려는 보수적인 계산입니다.`;
}

// An image name too long for a phone's half-width card wraps after its repository's slash
// (myteam/ · myapp:1.0), never inside the tag; <wbr> is not copied with the text.
function BreakAfterSlash({ text }: { text: string }) {
  return text.split('/').map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}

// Two CPU figures: what the ready pods really use, and what the autoscaler's formula used, which
// counts pods that are not ready yet as 0 % while scaling up. The line below says why they differ.
function StatusBar({ state }: { state: ClusterState }) {
  const serving = state.pods.filter((p) => isServing(p, state)).length;
  const cpu = averageUtilization(state.load, serving, cpuRequestOf(state, state.deployment.version));
  const reading = state.autoscaler.reading;
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value)}%`);
  const items: [string, string][] = [
    ['의도한 이미지', templateOf(state, state.deployment.version).image],
    ['실행 중인 파드', runningImages(state)],
    ['레플리카(준비/의도)', `${serving}/${state.deployment.replicas}개`],
    ['CPU(준비된 파드 평균)', percent(cpu)],
    [`HPA 계산값(목표 ${specOf(state).targetUtilization}%)`, percent(reading?.utilization)],
    ['실패한 요청', `${state.traffic.totalFailed}건`],
  ];
  const differs = reading !== null && Math.round(reading.utilization) !== Math.round(reading.readyUtilization);
  return (
    <div className="space-y-1.5">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        {items.map(([term, value]) => (
          <div key={term} className="min-w-0 rounded-lg bg-surface px-3 py-2">
            <dt className="text-xs text-muted">{term}</dt>
            <dd
              className={`font-mono font-semibold break-keep ${term === '실패한 요청' && state.traffic.totalFailed > 0 ? 'text-warn' : 'text-fg'}`}
            >
              <BreakAfterSlash text={value} />
            </dd>
          </div>
        ))}
      </dl>
      {differs && reading && <p className="text-xs leading-5 text-muted">{whyCpuDiffers(reading)}</p>}
    </div>
  );
}
