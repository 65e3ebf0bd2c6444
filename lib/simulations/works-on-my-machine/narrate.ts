import { build, image, itemNames, machine, machines, optionLabel, type MachineId } from './machines';
import { outcome, type WorksOnMyMachineState } from './state';

// One message per reader action, 합니다체, from the state only. A version is never followed by a
// particle, whose form would depend on how the number is read aloud: versions go in parentheses.

export const introduction =
  '같은 앱을 세 컴퓨터에서 실행해 봅니다. 먼저 각 컴퓨터에 설치된 그대로 실행해 보고, 그다음 도커로 실행해 보세요.';

export function machineResult(state: WorksOnMyMachineState, id: MachineId): string {
  const result = outcome(state, id);
  if (!result) return '';
  if (!result.works) return result.firstFailure?.reason ?? '';
  return result.caveat ? '에뮬레이션으로 느리게 실행됩니다.' : '잘 됩니다.';
}

/**
 * What the Docker run gives on each machine, with the one thing of theirs that still matters: the
 * CPU. `told` when the sentence before has already said how the image was built.
 */
function dockerResults(state: WorksOnMyMachineState, told: boolean): string {
  const made = build(state.build);
  if (made.cpus.length > 1) {
    const how = told ? '' : `이미지를 ${made.how} 빌드해 두었으므로 `;
    return `${how}각 컴퓨터의 도커가 자기 CPU에 맞는 것을 받아, 세 곳 모두 잘 됩니다.`;
  }
  const results = machines.map((candidate) => `${candidate.name}: ${machineResult(state, candidate.id)}`).join(' ');
  const how = told ? '' : `그런데 이 이미지는 ${made.how} 빌드한 것입니다. `;
  return `${how}컨테이너는 호스트의 CPU에서 실행되므로 CPU 종류가 다르면 결과가 다릅니다. ${results}`;
}

export function narrate(state: WorksOnMyMachineState): string {
  const action = state.action;
  if (!action) return introduction;
  switch (action.type) {
    case 'run': {
      if (action.mode === 'docker') {
        return `세 컴퓨터 모두 같은 ${image.tag} 이미지를 받아(pull) 실행했습니다. 실행할 때 설치하는 것은 없습니다. ${image.contents}은 이미지를 빌드할 때 이미 들어갔고, 데이터베이스도 같은 ${image.database} 이미지로 띄웁니다. ${dockerResults(state, false)}`;
      }
      const results = machines.map((candidate) => `${candidate.name}: ${machineResult(state, candidate.id)}`).join(' ');
      const failing = machines.filter((candidate) => !outcome(state, candidate.id)?.works).length;
      const tail =
        failing === 0
          ? '지금은 세 곳 모두 잘 되지만, 누군가 무엇을 바꾸면 다시 달라질 수 있습니다.'
          : '코드는 같은데 설치된 것이 달라서 결과가 다릅니다.';
      return `각 컴퓨터에 설치된 그대로 같은 앱을 실행했습니다. ${results} ${tail}`;
    }
    case 'set': {
      const name = machine(action.machine).name;
      const { object } = itemNames[action.item];
      const to = optionLabel(action.item, action.to);
      const changed =
        action.from === 'none'
          ? `${name}에 ${object} 설치했습니다${action.item === 'font' ? '' : `(${to})`}.`
          : action.to === 'none'
            ? `${name}에서 ${object} 지웠습니다.`
            : `${name}의 ${object} 바꿨습니다(${optionLabel(action.item, action.from)} → ${to}).`;
      if (state.mode === null) return `${changed} 실행해서 결과를 확인해 보세요.`;
      if (state.mode === 'docker') {
        return `${changed} 도커로 실행한 앱은 이 컴퓨터에 설치된 것을 쓰지 않고 이미지에 든 것을 쓰므로 결과가 그대로입니다. ${machineResult(state, action.machine)}`;
      }
      return `${changed} 다시 실행하니 ${machineResult(state, action.machine)}`;
    }
    case 'build': {
      const rebuilt = `${image.tag} 이미지를 ${build(action.to).how} 다시 빌드해 올렸습니다.`;
      if (state.mode !== 'docker') return `${rebuilt} 도커로 실행하면 이 이미지를 받아 씁니다.`;
      return `${rebuilt} 세 컴퓨터가 새 이미지를 받아 다시 실행했습니다. ${dockerResults(state, true)}`;
    }
  }
}
