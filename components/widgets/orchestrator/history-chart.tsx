import { useId } from 'react';
import { HISTORY_SECONDS, HPA, LOAD_MAX, type Sample } from '@/lib/simulations/orchestrator';

type Props = {
  history: readonly Sample[];
  now: number;
  totalFailed: number;
  /** The chart's top: the applied HPA's maxReplicas (10 unless the reader edited hpa.yaml). */
  maxPods?: number;
};

const W = 300;
const H = 90;

function points(history: readonly Sample[], now: number, value: (s: Sample) => number, max: number): string {
  return history
    .map((s) => {
      const x = W - ((now - s.time) / (HISTORY_SECONDS - 1)) * W;
      const y = H - (Math.min(value(s), max) / max) * (H - 4) - 2;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

export function summarize(history: readonly Sample[], totalFailed: number): string {
  if (history.length === 0) return '아직 기록이 없습니다. 재생하면 부하, 준비된 파드, 실패한 요청이 1초마다 기록됩니다.';
  const range = (f: (s: Sample) => number) => {
    const values = history.map(f);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return lo === hi ? `${lo}` : `${lo}~${hi}`;
  };
  const failedHere = history.reduce((sum, s) => sum + s.failed, 0);
  return `최근 ${history.length}초 동안 부하는 초당 ${range((s) => s.load)}건, 준비된 파드는 ${range((s) => s.readyPods)}개였고, 실패한 요청은 ${failedHere}건입니다(처음부터 모두 ${totalFailed}건).`;
}

// A small line chart in plain SVG: load and ready pods as lines, failed requests as bars.
export function HistoryChart({ history, now, totalFailed, maxPods = HPA.maxReplicas }: Props) {
  const summary = summarize(history, totalFailed);
  const summaryId = useId();
  return (
    <div className="space-y-1.5">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label="최근 60초의 부하, 준비된 파드, 실패한 요청 그래프"
        aria-describedby={summaryId}
        className="h-24 w-full rounded-lg border border-line bg-bg"
      >
        {history.map((s) =>
          s.failed > 0 ? (
            <rect
              key={s.time}
              x={W - ((now - s.time) / (HISTORY_SECONDS - 1)) * W - 2}
              width={4}
              y={H - (Math.min(s.failed, LOAD_MAX) / LOAD_MAX) * (H - 4) - 2}
              height={(Math.min(s.failed, LOAD_MAX) / LOAD_MAX) * (H - 4)}
              className="fill-warn"
            />
          ) : null,
        )}
        <polyline
          points={points(history, now, (s) => s.load, LOAD_MAX)}
          fill="none"
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
          className="stroke-accent"
        />
        <polyline
          points={points(history, now, (s) => s.readyPods, maxPods)}
          fill="none"
          strokeWidth={2}
          strokeDasharray="5 3"
          vectorEffect="non-scaling-stroke"
          className="stroke-ok"
        />
      </svg>
      <p className="flex justify-between text-xs text-muted" aria-hidden="true">
        <span>← {HISTORY_SECONDS}초 전</span>
        <span>지금</span>
      </p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
        <li>
          <span className="mr-1 inline-block h-0.5 w-4 bg-accent align-middle" />
          부하(최대 초당 {LOAD_MAX}건)
        </li>
        <li>
          <span className="mr-1 inline-block h-0.5 w-4 border-t-2 border-dashed border-ok align-middle" />
          준비된 파드(최대 {maxPods}개)
        </li>
        <li>
          <span className="mr-1 inline-block h-2 w-2 bg-warn align-middle" />
          실패한 요청
        </li>
      </ul>
      <p id={summaryId} className="text-xs text-muted">
        {summary}
      </p>
    </div>
  );
}
