import { scaleXClass } from '@/components/scale-x';
import type { ReactNode } from 'react';
import {
  bootMs,
  costs,
  elapsedMs,
  facts,
  formatBytes,
  formatSeconds,
  host,
  isReady,
  unitName,
  unitsOf,
  type Kind,
  type VmVsContainerState,
} from '@/lib/simulations/vm-vs-container';
import { MemoryMap } from './memory-map';

type Props = {
  state: VmVsContainerState;
  /** Simulated time, for the newest unit's stopwatch. */
  now: number;
  kind: Kind;
  /** The start and stop buttons; absent in the still figure. */
  controls?: ReactNode;
  headingId: string;
};

// What one unit holds, and what all of them stand on: the chapter's layered diagram, once per side.
const inside: Record<Kind, { label: string; detail?: string; tone: 'app' | 'guest' }[]> = {
  vm: [
    { label: '앱', tone: 'app' },
    { label: '라이브러리', tone: 'app' },
    { label: '게스트 운영체제', detail: '자기 커널', tone: 'guest' },
  ],
  container: [
    { label: '앱', tone: 'app' },
    { label: '라이브러리', tone: 'app' },
  ],
};
const below: Record<Kind, { label: string; detail: string }[]> = {
  vm: [
    { label: '하이퍼바이저', detail: '가상의 CPU, 메모리, 디스크를 만듦' },
    { label: '호스트 운영체제', detail: '호스트 커널' },
  ],
  container: [
    { label: '컨테이너 런타임', detail: '도커' },
    { label: '호스트 운영체제', detail: '리눅스 커널 하나를 모두 공유함' },
  ],
};

// One side of the comparison: its host's memory filling up, the newest unit's stopwatch (the race),
// and the layers every unit stands on.
export function HostPanel({ state, now, kind, controls, headingId }: Props) {
  const fact = facts[kind];
  const cost = costs(state, kind);
  const newest = unitsOf(state, kind).at(-1);
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2">
      <h3 id={headingId} className="text-base font-bold text-fg">
        {fact.name}{' '}
        <span className="text-sm font-normal text-muted">
          ({cost.count}
          {fact.counter})
        </span>
      </h3>
      {controls}
      <div className="space-y-1">
        <p className="min-h-10 text-sm text-fg" data-stopwatch="">
          {newest ? (
            isReady(newest) ? (
              <>
                {unitName(newest)}: <strong className="text-ok">{formatSeconds(bootMs(kind))} 만에 앱 시작</strong>
              </>
            ) : (
              <>
                {unitName(newest)}: {fact.stages[newest.stage]?.label} 중 ·{' '}
                <strong className="tabular-nums">{formatSeconds(elapsedMs(newest, now))}</strong>째
              </>
            )
          ) : (
            <span className="text-muted">아직 없습니다.</span>
          )}
        </p>
        {/* The race at a glance: how far the newest unit is through its own boot. */}
        <span aria-hidden="true" className="block h-1.5 overflow-hidden rounded bg-surface ring-1 ring-line">
          <span
            className={`block h-full origin-left bg-ok ${scaleXClass(newest ? (isReady(newest) ? 1 : elapsedMs(newest, now) / bootMs(kind)) : 0)}`}
          />
        </span>
      </div>
      <div className="space-y-1">
        <MemoryMap state={state} kind={kind} />
        <p className="text-xs text-fg">
          메모리 {formatBytes(cost.memoryBytes + host.reservedBytes)}{' '}
          <span className="text-muted">/ 호스트 {formatBytes(host.memoryBytes)}</span>
          <span className="text-muted">
            {' '}
            · 실행 중 {cost.running}
            {fact.counter}, 부팅 중 {cost.count - cost.running}
            {fact.counter} · 호스트 운영체제 몫 {formatBytes(host.reservedBytes)} 포함
          </span>
        </p>
      </div>
      <div aria-label={`${fact.name}의 구조`} role="group" className="space-y-1 text-center text-xs text-fg">
        <div className="rounded-lg border border-dashed border-line p-1.5">
          <p className="mb-1 text-muted">{fact.name} 하나에 든 것</p>
          <div className="flex flex-wrap justify-center gap-1">
            {inside[kind].map((part) => (
              <span
                key={part.label}
                className={`rounded-md border px-1.5 py-0.5 ${part.tone === 'guest' ? 'border-warn bg-warn-soft' : 'border-accent bg-accent-soft'}`}
              >
                {part.label}
                {part.detail && <span className="text-muted"> ({part.detail})</span>}
              </span>
            ))}
          </div>
        </div>
        {below[kind].map((layer) => (
          <p
            key={layer.label}
            className={`rounded-lg border px-2 py-1 ${layer.label === '호스트 운영체제' ? 'border-ok bg-ok-soft' : 'border-line bg-surface'}`}
          >
            <span className="font-semibold">{layer.label}</span> <span className="text-muted">· {layer.detail}</span>
          </p>
        ))}
      </div>
    </section>
  );
}
