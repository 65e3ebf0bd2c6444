import { memo } from 'react';
import { facts, host, isReady, unitsOf, type Kind, type VmVsContainerState } from '@/lib/simulations/vm-vs-container';

// The host's memory drawn to scale, compactly enough for 150 containers on a phone: one square is
// one container's memory, so a row is exactly one VM's. Each unit takes its own share in start
// order; the host's own operating system keeps the end of the last row. The numbers come from the
// model's figures, and the text summary beside it says the same for a screen reader.
const cellBytes = facts.container.memoryBytes;
const columns = facts.vm.memoryBytes / cellBytes;
const cells = (bytes: number) => Math.round(bytes / cellBytes);

// Classes, not style attributes (the CSP allows none). Tailwind writes grid-cols-20 and
// col-span-1 … col-span-20 because app/globals.css lists them; tests/e2e/security.test.ts checks that every class a page uses has a rule.
const gridColumnsClass = `grid-cols-${columns}`;
const columnSpanClass = (span: number) => `col-span-${span}`;

export const cellLabel = `한 칸은 ${cellBytes / 1_000_000}\u00a0MB`;

// Memoised: the clock re-renders the widget every tick, but the map changes only when a unit does.
export const MemoryMap = memo(function MemoryMap({ state, kind }: { state: VmVsContainerState; kind: Kind }) {
  const units = unitsOf(state, kind);
  const span = cells(facts[kind].memoryBytes);
  const free = cells(host.memoryBytes - host.reservedBytes) - units.length * span;
  return (
    <div aria-hidden="true" className={`grid gap-px ${gridColumnsClass}`}>
      {units.map((unit) => (
        <span
          key={unit.number}
          data-unit={isReady(unit) ? 'running' : 'booting'}
          className={`h-3 rounded-[2px] border border-accent ${columnSpanClass(span)} ${isReady(unit) ? 'bg-accent' : 'bg-accent-soft'}`}
        />
      ))}
      {Array.from({ length: free }, (_, index) => (
        <span key={`free-${index}`} className="h-3 rounded-[2px] border border-line" />
      ))}
      <span className={`h-3 rounded-[2px] border border-warn bg-warn-soft ${columnSpanClass(cells(host.reservedBytes))}`} />
    </div>
  );
});

export function MemoryLegend() {
  const items = [
    { label: '실행 중', className: 'border-accent bg-accent' },
    { label: '부팅 중', className: 'border-accent bg-accent-soft' },
    { label: '빈 메모리', className: 'border-line' },
    { label: '호스트 운영체제', className: 'border-warn bg-warn-soft' },
  ];
  return (
    <ul aria-hidden="true" className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1">
          <span className={`inline-block size-3 rounded-[2px] border ${item.className}`} />
          {item.label}
        </li>
      ))}
      <li>{cellLabel}</li>
    </ul>
  );
}
