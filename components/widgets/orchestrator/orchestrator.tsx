'use client';

import { useMemo, useState, type RefCallback } from 'react';
import {
  HPA,
  ORCHESTRATOR,
  PRESETS,
  VERSIONS,
  averageUtilization,
  fitsInLink,
  isServing,
  recordLine,
  type AutoscalerReading,
  type ClusterState,
  type Preset,
  type SceneId,
} from '@/lib/simulations/orchestrator';
import { sceneParam, type SceneRead } from '@/lib/share/scene-link';
import { Narration } from '../shared/narration';
import { SharedSceneNote, ShareSceneButton } from '../shared/scene-share';
import { usePrinting } from '../shared/use-printing';
import { useSharedScene } from '../shared/use-shared-scene';
import { useSimulation } from '../shared/use-simulation';
import { WidgetFrame } from '../shared/widget-frame';
import { useLiveWhenNear } from '../shared/use-live-when-near';
import { ClusterMap } from './cluster-map';
import { FaultControls, LoadControl, PlaybackControls, RolloutControls, runningImages } from './controls';
import { formatTime } from './format';
import { HistoryChart } from './history-chart';
import { PodsTable } from './pods-table';

type Props = { scene?: SceneId };

// Server and first client render show a still figure and a transcript (no JavaScript); the live
// controls appear only once the figure nears the viewport. While printing, the still figure comes back beside the live
// one (which print hides, keeping the reader's state), so paper gets figure and transcript.
export function Orchestrator({ scene = 'sandbox' }: Props) {
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  const printing = usePrinting();
  const preset = PRESETS[scene] ?? PRESETS.sandbox;
  if (!live) return <StillOrchestrator preset={preset} frame={frame} />;
  return (
    <>
      <div className="print:hidden">
        <LiveOrchestrator preset={preset} />
      </div>
      {printing && <StillOrchestrator preset={preset} anchor={false} />}
    </>
  );
}

/** Takes `?scene=` out of the address, so a reload after 처음부터 does not bring the shared scene back. */
function forgetSharedScene() {
  const url = new URL(window.location.href);
  url.searchParams.delete(sceneParam);
  window.history.replaceState(window.history.state, '', url);
}

function LiveOrchestrator({ preset }: { preset: Preset }) {
  const simulation = ORCHESTRATOR[preset.id];
  const codec = simulation.codec!;
  const instance = `orchestrator-${preset.id}`;
  const shared = useSharedScene(instance, codec);
  const [note, setNote] = useState<SceneRead<unknown>>(shared);
  const options = useMemo(() => ({ scene: shared.status === 'ok' ? shared.scene : null, autoplay: false }), [shared]);
  const sim = useSimulation(simulation, options);
  const { state, send, can } = sim;
  const show = new Set(preset.events);
  const reset = () => {
    sim.reset();
    if (note.status !== 'none') {
      forgetSharedScene();
      setNote({ status: 'none' });
    }
  };
  return (
    <WidgetFrame caption={preset.caption} id={instance}>
      <SharedSceneNote read={note} />
      <StatusBar state={state} />
      <div className="sticky top-14 z-10 -mx-1 bg-bg px-1 py-1 sm:static">
        <ClusterMap state={state} animate />
      </div>
      <div className="space-y-3 rounded-lg border border-line p-3">
        {show.has('set-load') && <LoadControl state={state} send={send} />}
        {show.has('fail-node') && <FaultControls state={state} send={send} can={can} />}
        {show.has('deploy-version') && <RolloutControls state={state} send={send} can={can} />}
        <PlaybackControls
          playing={sim.playing}
          speed={sim.speed}
          canReset={sim.canReset}
          onPlay={sim.play}
          onPause={sim.pause}
          onStep={sim.step}
          onSpeed={sim.setSpeed}
          onReset={reset}
        />
        {simulation.clock?.note && <p className="text-xs leading-5 text-muted">{simulation.clock.note}</p>}
        <ShareSceneButton instance={instance} codec={codec} scene={fitsInLink(sim.scene) ? sim.scene : null} />
      </div>
      <div>
        <EarlierLines state={state} />
        <Narration>{simulation.narrate(state)}</Narration>
      </div>
      <HistoryChart history={state.history} now={state.time} totalFailed={state.traffic.totalFailed} />
      <PodsTable state={state} label={tableLabel(preset)} />
      <details className="text-sm text-fg">
        <summary className="cursor-pointer py-2 font-semibold">지금까지의 기록 ({state.log.length}줄)</summary>
        <Record state={state} />
      </details>
    </WidgetFrame>
  );
}

// `anchor` names the frame as the scene-link target; the print-only copy must not repeat the id.
function StillOrchestrator({ preset, anchor = true, frame }: { preset: Preset; anchor?: boolean; frame?: RefCallback<HTMLElement> }) {
  const simulation = ORCHESTRATOR[preset.id];
  const still = useMemo(() => simulation.still(), [simulation]);
  return (
    <WidgetFrame ref={frame} caption={preset.caption} id={anchor ? `orchestrator-${preset.id}` : undefined}>
      <p className="text-sm text-muted">
        {formatTime(still.time)} 시점의 모습입니다.<span className="print:hidden"> 자바스크립트가 켜져 있으면 직접 조작해 볼 수 있습니다.</span>
      </p>
      <StatusBar state={still} />
      <ClusterMap state={still} animate={false} />
      <PodsTable state={still} label={tableLabel(preset)} />
      <div className="text-sm text-fg">
        <p className="font-semibold">이렇게 진행됩니다</p>
        <ol className="mt-2 space-y-1.5 text-sm leading-6">
          {simulation.transcript().map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
        {simulation.clock?.note && <p className="mt-2 text-xs leading-5 text-muted">{simulation.clock.note}</p>}
      </div>
    </WidgetFrame>
  );
}

// What was written just before the latest announcement, so a line that passed at 4× can still be read.
function EarlierLines({ state }: { state: ClusterState }) {
  const lines = state.log.filter((entry) => state.headline === null || entry.time < state.headline.time).slice(-3);
  if (lines.length === 0) return null;
  return (
    <ol aria-label="직전 기록" className="mb-2 space-y-1 px-1 text-xs leading-5 text-muted">
      {lines.map((entry, i) => (
        <li key={`${entry.time}-${i}`} className="grid grid-cols-[2.5rem_1fr] gap-2">
          <span className="font-mono">{formatTime(entry.time)}</span>
          <span>{recordLine(entry)}</span>
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
          <span>{recordLine(entry)}</span>
        </li>
      ))}
    </ol>
  );
}

function whyCpuDiffers(reading: AutoscalerReading): string {
  const ready = `준비된 파드만의 평균은 ${Math.round(reading.readyUtilization)}%입니다.`;
  if (reading.utilization < reading.readyUtilization) {
    const pods = [reading.notReady > 0 ? `아직 준비되지 않은 파드 ${reading.notReady}개` : '', reading.missing > 0 ? `지표가 없는 파드 ${reading.missing}개` : '']
      .filter(Boolean)
      .join('와 ');
    return `${ready} HPA는 늘릴지 정할 때 ${pods}를 0%로 칩니다. 곧 부하를 나눠 받을 파드이므로, 지나치게 늘리지 않으려는 보수적인 계산입니다.`;
  }
  return `${ready} HPA는 줄일지 정할 때 지표가 없는 파드 ${reading.missing}개를 100%로 칩니다. 모르는 파드 때문에 지나치게 줄이지 않으려는 보수적인 계산입니다.`;
}

// Two CPU figures: what the ready pods really use, and what the autoscaler's formula used, which
// counts pods that are not ready yet as 0 % while scaling up. The line below says why they differ.
function StatusBar({ state }: { state: ClusterState }) {
  const serving = state.pods.filter((p) => isServing(p, state)).length;
  const cpu = averageUtilization(state.load, serving);
  const reading = state.autoscaler.reading;
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value)}%`);
  const items: [string, string][] = [
    ['의도한 이미지', VERSIONS[state.deployment.version].image],
    ['실행 중인 파드', runningImages(state)],
    ['레플리카(준비/의도)', `${serving}/${state.deployment.replicas}개`],
    ['CPU(준비된 파드 평균)', percent(cpu)],
    [`HPA 계산값(목표 ${HPA.targetUtilization}%)`, percent(reading?.utilization)],
    ['실패한 요청', `${state.traffic.totalFailed}건`],
  ];
  const differs = reading !== null && Math.round(reading.utilization) !== Math.round(reading.readyUtilization);
  return (
    <div className="space-y-1.5">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        {items.map(([term, value]) => (
          <div key={term} className="min-w-0 rounded-lg bg-surface px-3 py-2">
            <dt className="text-xs text-muted">{term}</dt>
            <dd className={`font-mono font-semibold break-words ${term === '실패한 요청' && state.traffic.totalFailed > 0 ? 'text-warn' : 'text-fg'}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {differs && reading && <p className="text-xs leading-5 text-muted">{whyCpuDiffers(reading)}</p>}
    </div>
  );
}
