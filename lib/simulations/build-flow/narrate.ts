import { formatSeconds, formatSize } from './format';
import { recipe } from './recipe';
import { findImage, latestImage, type BuildFlowState, type Image } from './state';
import type { Variant } from './tour';

// One Korean sentence (or two) per step, 합니다체. Tags and container names are followed by a noun
// ("rails-app:1 이미지", "rails-1 컨테이너") so no particle has to guess how a number is read.

const keyword = (line: number) => recipe[line]?.text(0).split(' ')[0] ?? '';

export function introduction(variant: Variant): string {
  return variant === 'full'
    ? 'Dockerfile은 이미지를 만드는 레시피입니다. 빌드를 누르면 명령 한 줄이 레이어 하나가 되어 차례로 쌓입니다.'
    : 'Dockerfile은 이미지를 만드는 레시피입니다. 빌드로 이미지를 만들고, 실행으로 컨테이너를 띄워 봅니다.';
}

export function narrate(state: BuildFlowState, variant: Variant): string {
  const step = state.step;
  if (!step) return introduction(variant);
  switch (step.type) {
    case 'reset':
      return '처음 상태로 되돌렸습니다. 이미지도, 컨테이너도, 캐시도 없습니다.';
    case 'edit':
      return `${recipe[step.line]?.edit?.done(state.revisions[step.line] ?? 0) ?? ''} ${afterEdit(state)}`;
    case 'layer': {
      const layer = state.layers[step.layerId];
      const n = step.line + 1;
      const made = step.cached
        ? `${n}번째 줄(${keyword(step.line)})은 지난 빌드와 같아서 캐시에 있는 레이어를 그대로 씁니다. 0초.`
        : `${n}번째 줄(${keyword(step.line)}): ${recipe[step.line]?.purpose} 레이어를 새로 만들었습니다. ${formatSize(layer?.sizeBytes ?? 0)}, ${formatSeconds(layer?.seconds ?? 0)}.`;
      const image = step.imageId ? findImage(state, step.imageId) : null;
      return image ? `${made} ${buildFinished(image)}` : made;
    }
    case 'run': {
      const container = state.containers.find((candidate) => candidate.id === step.containerId);
      const image = container ? findImage(state, container.imageId) : null;
      if (!container || !image) return '';
      const siblings = state.containers.filter((candidate) => candidate.imageId === image.id).length;
      const started = `${image.tag} 이미지를 실행해 ${container.name} 컨테이너를 만들었습니다.`;
      return siblings === 1
        ? `${started} 컨테이너는 이미지의 레이어를 읽기 전용으로 쓰고, 자기만의 쓰기 레이어를 맨 위에 하나 얹습니다.`
        : `${started} 컨테이너 ${siblings}개가 같은 이미지 레이어 ${image.layerIds.length}개를 함께 쓰고, 쓰기 레이어만 각자 가집니다.`;
    }
    case 'stop':
      return `${step.name} 컨테이너를 정지했습니다. 정지한 컨테이너는 삭제할 수 있습니다.`;
    case 'remove':
      return `${step.name} 컨테이너를 삭제했습니다. 그 컨테이너의 쓰기 레이어도 함께 사라지지만 이미지는 그대로 남습니다.`;
  }
}

export function buildFinished(image: Image): string {
  const count = image.layerIds.length;
  const cached = image.cached.filter(Boolean).length;
  const made = `빌드가 끝났습니다. 레이어 ${count}개가 쌓여 ${image.tag} 이미지가 되었습니다.`;
  if (cached === 0) return `${made} 모든 레이어를 새로 만들어 ${formatSeconds(image.seconds)} 걸렸습니다.`;
  return `${made} 레이어 ${cached}개를 캐시에서 그대로 가져와 ${formatSeconds(image.seconds)} 만에 끝났습니다.`;
}

/** What the next build will have to redo, told right after an edit. */
function afterEdit(state: BuildFlowState): string {
  const image = latestImage(state);
  if (!image) return '아직 이미지가 없으니 빌드하면 모든 레이어를 새로 만듭니다.';
  const first = image.revisions.findIndex((revision, line) => revision !== state.revisions[line]);
  if (first === -1) return `이제 Dockerfile이 ${image.tag} 이미지를 만들 때와 같습니다.`;
  if (first === 0) return '첫 줄이 바뀌었으니 다시 빌드하면 모든 레이어를 새로 만듭니다.';
  return `다시 빌드하면 앞의 ${first}줄은 캐시를 쓰고, 바뀐 ${first + 1}번째 줄부터 끝까지만 새로 만듭니다.`;
}
