import { bootSeconds, facts, formatBytes, type Kind } from './costs';
import { costs, findUnit, unitName, type VmVsContainerState } from './state';

// One or two Korean sentences per step, 합니다체. Units are named by letter (가상 머신 A, 컨테이너 B):
// every letter A–D is read ending in a vowel, so the particles (를, 가, 에서) are always right.

export const introduction =
  '같은 앱을 가상 머신과 컨테이너로 하나씩 시작해 보고, 여러 개로 늘려 보세요. 무엇을 부팅하는지, 메모리와 디스크를 얼마나 쓰는지, 시작하는 데 얼마나 걸리는지 비교합니다.';

function total(state: VmVsContainerState, kind: Kind): string {
  const cost = costs(state, kind);
  if (kind === 'vm') return `지금 가상 머신 ${cost.count}대가 메모리 ${formatBytes(cost.memoryBytes)}, 디스크 ${formatBytes(cost.diskBytes)}를 씁니다.`;
  return `지금 컨테이너 ${cost.count}개가 메모리 ${formatBytes(cost.memoryBytes)}를 쓰고, 디스크에는 이미지 하나(${formatBytes(facts.container.sharedDiskBytes)})를 함께 씁니다.`;
}

export function narrate(state: VmVsContainerState): string {
  const step = state.step;
  if (!step) return introduction;
  switch (step.type) {
    case 'reset':
      return `처음 상태로 되돌렸습니다. ${introduction}`;
    case 'stop':
      return step.kind === 'vm'
        ? `가상 머신 ${step.app}를 껐습니다. 이 가상 머신에 떼어 두었던 메모리 ${formatBytes(facts.vm.memoryBytes)}가 호스트로 돌아옵니다.`
        : `컨테이너 ${step.app}를 멈추고 지웠습니다. 이미지는 디스크에 그대로 남아 다음 컨테이너가 다시 씁니다.`;
  }
  const unit = findUnit(state, step.unitId);
  if (!unit) return '';
  const name = unitName(unit);
  switch (step.type) {
    case 'start':
      return unit.kind === 'vm'
        ? `${name}를 켭니다. 앱을 실행하기 전에 게스트 운영체제를 처음부터 부팅해야 합니다. 메모리 ${formatBytes(facts.vm.memoryBytes)}를 이 가상 머신에 미리 떼어 줍니다.`
        : `${name}를 시작합니다. 부팅할 운영체제가 없으므로 호스트의 커널 위에 격리된 프로세스 하나를 만들면 됩니다.`;
    case 'stage':
      return `${name}: ${facts[unit.kind].stages[unit.stage]?.doing ?? ''}`;
    case 'ready':
      return unit.kind === 'vm'
        ? `${name}에서 앱이 시작했습니다. 운영체제 전체를 부팅하느라 약 ${bootSeconds('vm')}초 걸렸습니다. ${total(state, 'vm')}`
        : `${name}에서 앱이 시작했습니다. 약 ${bootSeconds('container')}초 걸렸습니다. ${total(state, 'container')}`;
  }
}
