import { bootMs, capacity, facts, formatBytes, formatSeconds, host, usableBytes, type Kind } from './costs';
import type { VmVsContainerState } from './state';

// One message per reader action, 합니다체: the narration tells what the reader's latest action does
// and why, with the times and sizes taken from the model's own figures, and it never changes on a
// clock tick. The boot stages show in the drawing (not the live region), so a sentence stays on
// screen until the reader acts again, however fast the machine steps. Units are named "3번 가상
// 머신", so every particle follows the fixed word 머신 or 컨테이너 and is always right.

const vm = facts.vm;
const container = facts.container;

export const introduction = `같은 앱을 가상 머신과 컨테이너로 시작해 봅니다. 양쪽은 메모리 ${formatBytes(host.memoryBytes)}인 똑같은 호스트 한 대씩입니다. 하나씩 시작하거나 동시에 시작해서 빠르기를 겨뤄 보고, 가득 채우기로 한 호스트에 몇 개까지 들어가는지 비교해 보세요.`;

const bootsVm = `앱보다 먼저 게스트 운영체제 전체를 자기 커널부터 부팅해야 해서 약 ${formatSeconds(bootMs('vm'))} 걸립니다`;
const startsContainer = `부팅할 운영체제가 없으므로 호스트의 커널 위에 격리된 프로세스 하나를 만들면 되고, 약 ${formatSeconds(bootMs('container'))}면 앱이 시작합니다`;
/** The memory the units share, said the same way for both kinds. */
const room = `호스트 운영체제 몫 ${formatBytes(host.reservedBytes)}를 뺀 ${formatBytes(usableBytes)}`;

export function narrate(state: VmVsContainerState): string {
  const action = state.action;
  if (!action) return introduction;
  switch (action.type) {
    case 'start':
      return action.kind === 'vm'
        ? `${action.number}번 가상 머신을 켭니다. ${bootsVm}. 메모리 ${formatBytes(vm.memoryBytes)}를 이 가상 머신에 미리 떼어 줍니다.`
        : `${action.number}번 컨테이너를 시작합니다. ${startsContainer}. 메모리는 앱의 프로세스가 쓰는 만큼(약 ${formatBytes(container.memoryBytes)})만 씁니다.`;
    case 'race':
      return `가상 머신과 컨테이너를 동시에 시작했습니다. 컨테이너는 격리된 프로세스 하나라 약 ${formatSeconds(bootMs('container'))} 만에 앱이 시작하고, 가상 머신은 게스트 운영체제를 부팅하느라 약 ${formatSeconds(bootMs('vm'))} 걸립니다.`;
    case 'fill': {
      const counter = facts[action.kind].counter;
      const verb = action.kind === 'vm' ? ['켰습니다', '켜서'] : ['시작했습니다', '시작해서'];
      const began =
        action.added === action.total
          ? `${facts[action.kind].name} ${action.total}${counter}를 한꺼번에 ${verb[0]}.`
          : `${facts[action.kind].name} ${action.added}${counter}를 더 ${verb[1]} 모두 ${action.total}${counter}입니다.`;
      return action.kind === 'vm'
        ? `${began} 가상 머신마다 메모리 ${formatBytes(vm.memoryBytes)}를 떼어 주므로, ${room}에 ${action.total}대까지 들어갑니다.`
        : `${began} 컨테이너는 앱의 프로세스가 쓰는 약 ${formatBytes(container.memoryBytes)}만 쓰므로, ${room}에 ${action.total}개가 들어갑니다. 같은 메모리에 가상 머신은 ${capacity('vm')}대입니다.`;
    }
    case 'stop':
      return action.kind === 'vm'
        ? `${action.number}번 가상 머신을 껐습니다. 떼어 두었던 메모리 ${formatBytes(vm.memoryBytes)}가 호스트로 돌아옵니다.`
        : `${action.number}번 컨테이너를 멈추고 지웠습니다. 이미지는 디스크에 그대로 남아 다음 컨테이너가 다시 씁니다.`;
  }
}

/** Why a start is refused, shown beside the disabled button: the memory the model says is left. */
export function fullNote(kind: Kind, freeBytes: number): string {
  const one = kind === 'vm' ? '가상 머신을 하나 더 켤' : '컨테이너를 하나 더 시작할';
  return `호스트 메모리가 가득 찼습니다. 남은 ${formatBytes(freeBytes)}로는 ${formatBytes(facts[kind].memoryBytes)}짜리 ${one} 수 없습니다.`;
}
