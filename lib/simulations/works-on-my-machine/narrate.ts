import { image, itemNames, machine, machines, optionLabel, type MachineId } from './machines';
import { outcome, type WorksOnMyMachineState } from './state';

// One or two Korean sentences per step, 합니다체. A version is never followed by a particle, whose
// form would depend on how the number is read aloud: versions go in parentheses instead.

export const introduction =
  '같은 앱을 세 컴퓨터에서 실행해 봅니다. 먼저 각 컴퓨터에 설치된 그대로 실행해 보고, 그다음 도커로 실행해 보세요.';

export function machineResult(state: WorksOnMyMachineState, id: MachineId): string {
  const result = outcome(state, id);
  if (!result) return '';
  return result.works ? '잘 됩니다.' : (result.firstFailure?.reason ?? '');
}

export function narrate(state: WorksOnMyMachineState): string {
  const step = state.step;
  if (!step) return introduction;
  switch (step.type) {
    case 'reset':
      return `처음 상태로 되돌렸습니다. ${introduction}`;
    case 'run': {
      if (step.mode === 'docker') {
        return `세 컴퓨터 모두 같은 ${image.tag} 이미지로 실행했습니다. 이미지에 든 ${image.contents}을 쓰고 데이터베이스도 같은 ${image.database} 이미지로 띄우므로, 세 곳 모두 잘 됩니다.`;
      }
      const results = machines.map((candidate) => `${candidate.name}: ${machineResult(state, candidate.id)}`).join(' ');
      const failing = machines.filter((candidate) => !outcome(state, candidate.id)?.works).length;
      const tail =
        failing === 0 ? '지금은 세 곳 모두 잘 되지만, 누군가 무엇을 바꾸면 다시 달라질 수 있습니다.' : '코드는 같은데 설치된 것이 달라서 결과가 다릅니다.';
      return `각 컴퓨터에 설치된 그대로 같은 앱을 실행했습니다. ${results} ${tail}`;
    }
    case 'set': {
      const name = machine(step.machine).name;
      const { object } = itemNames[step.item];
      const to = optionLabel(step.item, step.to);
      const changed =
        step.from === 'none'
          ? `${name}에 ${object} 설치했습니다${step.item === 'font' ? '' : `(${to})`}.`
          : step.to === 'none'
            ? `${name}에서 ${object} 지웠습니다.`
            : `${name}의 ${object} 바꿨습니다(${optionLabel(step.item, step.from)} → ${to}).`;
      if (state.mode === null) return `${changed} 실행해서 결과를 확인해 보세요.`;
      if (state.mode === 'docker') {
        return `${changed} 도커로 실행한 앱은 이 컴퓨터에 설치된 것이 아니라 이미지에 든 것을 쓰므로 그대로 잘 됩니다.`;
      }
      return `${changed} 다시 실행하니 ${machineResult(state, step.machine)}`;
    }
  }
}

