import { memo } from 'react';
import {
  bootMs,
  capacity,
  costs,
  facts,
  formatBytes,
  formatSeconds,
  kinds,
  type Kind,
  type VmVsContainerState,
} from '@/lib/simulations/vm-vs-container';

// The comparison in numbers, for what is running now. Every figure is one of the model's examples
// or follows from them (a host's capacity is its usable memory over one unit's).
export const CostTable = memo(function CostTable({ state }: { state: VmVsContainerState }) {
  const rows: { label: string; value: (kind: Kind) => string }[] = [
    { label: '부팅하는 것', value: (kind) => facts[kind].boots },
    { label: '하나 시작하는 시간', value: (kind) => `약 ${formatSeconds(bootMs(kind))}` },
    { label: '새로 부팅한 커널', value: (kind) => `${costs(state, kind).kernels}개` },
    {
      label: '메모리',
      value: (kind) => `${formatBytes(costs(state, kind).memoryBytes)} (하나에 ${formatBytes(facts[kind].memoryBytes)})`,
    },
    {
      label: '디스크',
      value: (kind) =>
        kind === 'vm'
          ? `${formatBytes(costs(state, kind).diskBytes)} (가상 머신마다 ${formatBytes(facts.vm.diskBytes)})`
          : `${formatBytes(costs(state, kind).diskBytes)} (이미지 ${formatBytes(facts.container.sharedDiskBytes)}를 공유하고, 컨테이너마다 ${formatBytes(facts.container.diskBytes)})`,
    },
    { label: '한 호스트에 최대', value: (kind) => `${capacity(kind)}${facts[kind].counter}` },
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-xs text-fg">
        <caption className="mb-1 text-left text-xs text-muted">지금 실행 중인 것의 비용 (숫자는 흔한 예시입니다)</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2 font-semibold">
              <span className="sr-only">항목</span>
            </th>
            {kinds.map((kind) => (
              <th key={kind} scope="col" className="py-1 pr-2 font-semibold">
                {facts[kind].name} {costs(state, kind).count}
                {facts[kind].counter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className="border-b border-line align-top">
              <th scope="row" className="py-1 pr-2 font-semibold whitespace-nowrap">
                {row.label}
              </th>
              {kinds.map((kind) => (
                <td key={kind} className="py-1 pr-2">
                  {row.value(kind)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
