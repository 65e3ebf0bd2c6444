'use client';

import { useMemo, type RefCallback } from 'react';
import {
  HPA,
  SCENES,
  VERSIONS,
  averageUtilization,
  clusterSceneCodec,
  isServing,
  playDemo,
  type ClusterState,
  type Scene,
  type SceneId,
} from '@/lib/simulations/orchestrator';
import { Narration } from '../shared/narration';
import { SharedSceneNote, ShareSceneButton } from '../shared/scene-share';
import { usePrinting } from '../shared/use-printing';
import { useSharedScene } from '../shared/use-shared-scene';
import { WidgetFrame } from '../shared/widget-frame';
import { ClusterMap } from './cluster-map';
import { FaultControls, LoadControl, PlaybackControls, RolloutControls } from './controls';
import { earlierNarration, formatTime, latestNarration } from './format';
import { HistoryChart } from './history-chart';
import { PodsTable } from './pods-table';
import { useCluster } from './use-cluster';
import { useLiveWhenNear } from '../shared/use-live-when-near';

type Props = { scene?: SceneId };

// Server and first client render show a still figure and a transcript (no JavaScript); the live
// controls appear only once the figure nears the viewport. While printing, the still figure comes back beside the live
// one (which print hides, keeping the reader's state), so paper gets figure and transcript.
export function Orchestrator({ scene = 'sandbox' }: Props) {
  const [frame, live] = useLiveWhenNear<HTMLElement>();
  const printing = usePrinting();
  const preset = SCENES[scene] ?? SCENES.sandbox;
  if (!live) return <StillOrchestrator scene={preset} frame={frame} />;
  return (
    <>
      <div className="print:hidden">
        <LiveOrchestrator scene={preset} />
      </div>
      {printing && <StillOrchestrator scene={preset} anchor={false} />}
    </>
  );
}

const controlsFor: Record<SceneId, { load: boolean; faults: boolean; rollout: boolean }> = {
  scaling: { load: true, faults: false, rollout: false },
  healing: { load: false, faults: true, rollout: false },
  rollout: { load: false, faults: false, rollout: true },
  sandbox: { load: true, faults: true, rollout: true },
};

function LiveOrchestrator({ scene }: { scene: Scene }) {
  const instance = `orchestrator-${scene.id}`;
  const shared = useSharedScene(instance, clusterSceneCodec);
  const sim = useCluster(scene, shared.status === 'ok' ? shared.scene : null);
  const { state } = sim;
  const show = controlsFor[scene.id];
  return (
    <WidgetFrame caption={scene.caption} id={instance}>
      <SharedSceneNote read={shared} />
      <StatusBar state={state} />
      <ClusterMap state={state} animate />
      <div className="space-y-3 rounded-lg border border-line p-3">
        {show.load && <LoadControl state={state} send={sim.send} />}
        {show.faults && <FaultControls state={state} send={sim.send} />}
        {show.rollout && <RolloutControls state={state} send={sim.send} />}
        <PlaybackControls
          running={sim.running}
          speed={sim.speed}
          onPlay={sim.play}
          onPause={sim.pause}
          onStep={sim.step}
          onSpeed={sim.setSpeed}
          onReset={sim.reset}
        />
        <ShareSceneButton instance={instance} codec={clusterSceneCodec} scene={sim.shareable} />
      </div>
      <div>
        <EarlierLines state={state} />
        <Narration>{latestNarration(state.log) ?? scene.hint}</Narration>
      </div>
      <HistoryChart history={state.history} now={state.time} totalFailed={state.traffic.totalFailed} />
      <PodsTable state={state} label={tableLabel(scene)} />
      <details className="text-sm text-fg">
        <summary className="cursor-pointer py-2 font-semibold">지금까지의 기록 ({state.log.length}줄)</summary>
        <Transcript state={state} />
      </details>
    </WidgetFrame>
  );
}

// `anchor` names the frame as the scene-link target; the print-only copy must not repeat the id.
function StillOrchestrator({ scene, anchor = true, frame }: { scene: Scene; anchor?: boolean; frame?: RefCallback<HTMLElement> }) {
  const still = useMemo(() => playDemo(scene, scene.demo.still), [scene]);
  const demo = useMemo(() => playDemo(scene), [scene]);
  return (
    <WidgetFrame ref={frame} caption={scene.caption} id={anchor ? `orchestrator-${scene.id}` : undefined}>
      <p className="text-sm text-muted">
        {formatTime(still.time)} 시점의 모습입니다.<span className="print:hidden"> 자바스크립트가 켜져 있으면 직접 조작해 볼 수 있습니다.</span>
      </p>
      <StatusBar state={still} />
      <ClusterMap state={still} animate={false} />
      <PodsTable state={still} label={tableLabel(scene)} />
      <div className="text-sm text-fg">
        <p className="font-semibold">이렇게 진행됩니다</p>
        <Transcript state={demo} />
      </div>
    </WidgetFrame>
  );
}

// What was said just before, so a line that scrolled past at 4× speed can still be read.
function EarlierLines({ state }: { state: ClusterState }) {
  const lines = earlierNarration(state.log);
  if (lines.length === 0) return null;
  return (
    <ol aria-label="직전 기록" className="mb-2 space-y-1 px-1 text-xs leading-5 text-muted">
      {lines.map((entry, i) => (
        <li key={`${entry.time}-${i}`} className="grid grid-cols-[2.5rem_1fr] gap-2">
          <span className="font-mono">{formatTime(entry.time)}</span>
          <span>{entry.text}</span>
        </li>
      ))}
    </ol>
  );
}

// Each widget's scrollable table is a landmark; the page has four, so each needs its own name.
function tableLabel(scene: Scene): string {
  return `파드 목록 표: ${scene.caption.split(':')[0]}`;
}

function Transcript({ state }: { state: ClusterState }) {
  return (
    <ol className="mt-2 space-y-1.5 text-sm leading-6">
      {state.log.map((entry, i) => (
        <li key={i} className="grid grid-cols-[3rem_1fr] gap-2">
          <span className="font-mono text-xs leading-6 text-muted">{formatTime(entry.time)}</span>
          <span>{entry.text}</span>
        </li>
      ))}
    </ol>
  );
}

function StatusBar({ state }: { state: ClusterState }) {
  const serving = state.pods.filter((p) => isServing(p, state)).length;
  const cpu = averageUtilization(state.load, serving);
  const items: [string, string][] = [
    ['이미지', VERSIONS[state.deployment.version].image],
    ['레플리카(준비/의도)', `${serving}/${state.deployment.replicas}개`],
    ['평균 CPU(목표)', `${cpu === null ? '—' : `${Math.round(cpu)}%`} (${HPA.targetUtilization}%)`],
    ['실패한 요청', `${state.traffic.totalFailed}건`],
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
      {items.map(([term, value]) => (
        <div key={term} className="rounded-lg bg-surface px-3 py-2">
          <dt className="text-xs text-muted">{term}</dt>
          <dd className={`font-mono font-semibold ${term === '실패한 요청' && state.traffic.totalFailed > 0 ? 'text-warn' : 'text-fg'}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
