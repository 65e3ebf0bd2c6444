import type { ReactNode } from 'react';
import { costs, facts, formatBytes, host, isReady, timeScale, unitsOf, type Kind, type Unit, type VmVsContainerState } from '@/lib/simulations/vm-vs-container';

type Props = {
  state: VmVsContainerState;
  kind: Kind;
  animate: boolean;
  /** The start and stop buttons; absent in the still figure. */
  controls?: ReactNode;
  headingId: string;
};

const layers: Record<Kind, { label: string; detail: string }[]> = {
  vm: [
    { label: '하이퍼바이저', detail: '가상의 CPU, 메모리, 디스크를 만듦' },
    { label: '호스트 운영체제', detail: '호스트 커널' },
    { label: '하드웨어', detail: `메모리 ${formatBytes(host.memoryBytes)}` },
  ],
  container: [
    { label: '컨테이너 런타임', detail: '도커' },
    { label: '호스트 운영체제', detail: '리눅스 커널 하나를 모두 함께 씀' },
    { label: '하드웨어', detail: `메모리 ${formatBytes(host.memoryBytes)}` },
  ],
};

// One side of the comparison, drawn from the hardware up like the chapter's still diagram: the
// units on top, then what they share. Below, how much of the host's memory and disk they take.
export function Stack({ state, kind, animate, controls, headingId }: Props) {
  const units = unitsOf(state, kind);
  const cost = costs(state, kind);
  const fact = facts[kind];
  const counter = kind === 'vm' ? '대' : '개';
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2">
      <h3 id={headingId} className="text-base font-bold text-fg">
        {fact.name} <span className="text-sm font-normal text-muted">({units.length}{counter})</span>
      </h3>
      {controls}
      <div className="space-y-1.5">
        {units.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-3 text-center text-xs text-muted">아직 없습니다.</p>
        ) : (
          <ul aria-label={`${fact.name} 목록`} className="grid grid-cols-2 gap-1.5">
            {units.map((unit) => (
              <UnitBox key={unit.id} unit={unit} animate={animate} />
            ))}
          </ul>
        )}
        <ol aria-label={`${fact.name} 아래의 층`} className="space-y-1">
          {layers[kind].map((layer) => (
            <li
              key={layer.label}
              className={`rounded-lg border px-2 py-1 text-center text-xs text-fg ${layer.label === '호스트 운영체제' ? 'border-ok bg-ok-soft' : 'border-line bg-surface'}`}
            >
              <span className="font-semibold">{layer.label}</span> <span className="text-muted">· {layer.detail}</span>
            </li>
          ))}
        </ol>
      </div>
      <Meter label="메모리" used={cost.memoryBytes} of={host.memoryBytes} animate={animate} />
    </section>
  );
}

function UnitBox({ unit, animate }: { unit: Unit; animate: boolean }) {
  const fact = facts[unit.kind];
  const ready = isReady(unit);
  const stage = fact.stages[unit.stage];
  const total = fact.stages[fact.stages.length - 1]?.until ?? 1;
  const from = fact.stages[unit.stage - 1]?.until ?? 0;
  const to = stage?.until ?? total;
  return (
    <li
      className={`space-y-1 rounded-xl border border-dashed border-line p-1.5 text-center text-xs text-fg ${animate ? 'transition-transform duration-300 ease-out starting:scale-90' : ''}`}
    >
      <div className="rounded-md border border-accent bg-accent-soft px-1 py-0.5 font-semibold">앱 {unit.app}</div>
      <div className="rounded-md border border-accent bg-accent-soft px-1 py-0.5">라이브러리</div>
      {unit.kind === 'vm' && (
        <div className="rounded-md border border-warn bg-warn-soft px-1 py-0.5">
          게스트 운영체제 <span className="block text-[0.6875rem] text-muted">자기 커널</span>
        </div>
      )}
      <p className={`min-h-8 font-semibold ${ready ? 'text-ok' : 'text-fg'}`}>
        {ready ? '실행 중' : stage?.label}
        <span className="sr-only">: {unit.kind === 'vm' ? '가상 머신' : '컨테이너'} {unit.app}</span>
      </p>
      <span aria-hidden="true" className="block h-1 overflow-hidden rounded bg-surface">
        <span
          className={`block h-full origin-left bg-ok ${animate && !ready ? 'transition-transform ease-linear' : ''}`}
          style={{
            scale: `${ready ? 1 : to / total} 1`,
            transitionDuration: animate && !ready ? `${((to - from) * 1000) / timeScale}ms` : undefined,
          }}
        />
      </span>
    </li>
  );
}

function Meter({ label, used, of, animate }: { label: string; used: number; of: number; animate: boolean }) {
  return (
    <div className="text-xs text-fg">
      <p>
        {label} {formatBytes(used)} <span className="text-muted">/ 호스트 {formatBytes(of)}</span>
      </p>
      <span aria-hidden="true" className="mt-1 block h-2 overflow-hidden rounded bg-surface ring-1 ring-line">
        <span
          className={`block h-full origin-left bg-accent ${animate ? 'transition-transform duration-500 ease-out' : ''}`}
          style={{ scale: `${used / of} 1` }}
        />
      </span>
    </div>
  );
}
