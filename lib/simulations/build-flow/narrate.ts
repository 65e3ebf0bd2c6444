import type { BuildFlowEvent } from './events';
import { formatDuration } from './format';
import { dockerfilePath, editablePaths, presetEdit, rubyFrom } from './context';
import { planBuild } from './plan';
import { maxFileLength } from './limits';
import { containerPort, recipe } from './recipe';
import {
  building,
  cachePlan,
  containerName,
  currentImage,
  findContainer,
  findImage,
  hostPorts,
  maxContainers,
  type Build,
  type BuildFlowState,
  type Image,
} from './state';

// The live Korean narration, 합니다체, derived from the state alone. One message per reader action:
// a build is told when it starts (a sentence that stays put while the steps tick by) and once more
// when it ends, with the summary. Tags and container names are followed by a noun ("rails-app:2
// 이미지", "rails-1 컨테이너") so no particle has to guess how a number is read.

export type Variant = 'full' | 'compact';

export function introduction(variant: Variant): string {
  return variant === 'full'
    ? 'Dockerfile은 이미지를 만드는 레시피입니다. 빌드를 누르면 도커가 위에서부터 한 줄씩 단계를 실행하고, 파일을 바꾸는 단계마다 레이어가 하나씩 쌓입니다.'
    : 'Dockerfile은 이미지를 만드는 레시피입니다. 빌드로 이미지를 만들고, 실행으로 그 이미지에서 컨테이너를 띄워 봅니다.';
}

const latestTag = (image: Image) => image.tags.at(-1) ?? '';

/** Which of the build's steps come from the cache: those done as they went, the rest as planned. */
function planOf(state: BuildFlowState, build: Build): boolean[] {
  const planned = cachePlan(state, build.files);
  const missed = build.steps.some((step) => !step.cached);
  return (build.plan?.steps ?? []).map((_, index) => build.steps[index]?.cached ?? (!missed && (planned[index] ?? false)));
}

/** "앞의 4단계는 … 5번째 줄부터": the first step the cache cannot answer, as a step count and a line. */
function firstMiss(plan: readonly boolean[], build: Build | null): { steps: number; line: number } | null {
  const index = plan.indexOf(false);
  return index === -1 ? null : { steps: index, line: (build?.plan?.steps[index]?.line ?? 0) + 1 };
}

/** The keywords in a list, in file order and once each: "RUN, WORKDIR, COPY". */
const keywordsOf = (texts: readonly string[]) => [...new Set(texts.map((text) => text.split(/\s/)[0] ?? ''))];

/** Keywords joined by commas: a particle after an English keyword would have to guess how it is read. */
function listSettings(keywords: readonly string[]): string {
  if (keywords.length === 1) return keywords[0] ?? '';
  return `${keywords.slice(0, -1).join(', ')}, ${keywords.at(-1)}`;
}

function buildStarted(state: BuildFlowState, build: Build): string {
  const tag = build.tag;
  const miss = firstMiss(planOf(state, build), build);
  if (!miss)
    return `같은 Dockerfile을 다시 빌드합니다. 도커는 단계마다 명령과 복사할 파일이 지난 빌드와 같은지 확인합니다. ${tag} 이미지를 만드는 중입니다.`;
  const first = build.plan?.steps[0];
  if (miss.steps === 0 && first?.kind === 'from') {
    const base = first.name.replace('FROM docker.io/library/', '').replace('FROM ', '');
    return `${tag} 이미지를 빌드합니다. 먼저 베이스 이미지 ${base}를 레지스트리에서 내려받고(풀), 이어서 단계를 차례로 실행합니다.`;
  }
  if (miss.steps === 0) return `${tag} 이미지를 빌드합니다. 단계를 차례로 실행합니다.`;
  return `${tag} 이미지를 다시 빌드합니다. 앞의 ${miss.steps}단계는 지난 빌드와 같아 캐시에서 가져오고, 바뀐 ${miss.line}번째 줄부터 다시 실행합니다.`;
}

function buildFailed(state: BuildFlowState, build: Build): string {
  const problem = build.problem!;
  const where = problem.line === null ? '' : `${problem.line}번째 줄에서 `;
  const kept = currentImage(state) ? ` 전에 만든 ${latestTag(currentImage(state)!)} 이미지는 그대로 있습니다.` : '';
  return `빌드가 ${where}멈췄습니다. ${problem.explanation}${kept}`;
}

function buildFinished(state: BuildFlowState, build: Build): string {
  if (build.problem) return buildFailed(state, build);
  const image = findImage(state, build.imageId);
  if (!image) return '';
  const tag = build.tag;
  const miss = firstMiss(
    build.steps.map((step) => step.cached),
    build,
  );
  const total = build.steps.reduce((sum, step) => sum + step.ms, build.exportMs);
  const others = image.tags.filter((other) => other !== tag);
  const plan = build.plan!;
  if (!miss) {
    if (others.length === 0) {
      return `빌드가 끝났습니다. 모든 단계가 CACHED입니다. 레이어는 그대로이고 이미지 설정(${listSettings(keywordsOf(image.settings.map((setting) => setting.text)))})만 바뀌어 ${tag} 이미지(ID ${image.id})가 되었습니다. 거의 바로 끝났습니다.`;
    }
    return `빌드가 끝났습니다. 모든 단계가 CACHED입니다. 명령도 복사한 파일도 그대로라 아무것도 다시 실행하지 않았고, ${tag} 태그는 새 이미지가 아니라 ${others.join(', ')} 태그가 가리키는 같은 이미지(ID ${image.id})에 붙었습니다. 거의 바로 끝났습니다.`;
  }
  const stages =
    plan.stageCount > 1
      ? ` 앞 단계(스테이지)의 레이어는 캐시에만 남고, 최종 이미지에는 마지막 단계의 레이어 ${image.layerIds.length}개만 들어갑니다.`
      : '';
  if (miss.steps === 0) {
    const layerKeywords = keywordsOf(
      plan.layers.map((index) => plan.steps[index]?.name ?? '').filter((name) => !name.startsWith('FROM')),
    );
    const settings = keywordsOf(image.settings.map((setting) => setting.text));
    const settingSentence =
      settings.length === 0
        ? ''
        : ` ${settings.length === 2 ? `${settings[0]}와 ${settings[1]}` : listSettings(settings)}는 레이어 없이 설정만 남깁니다.`;
    return `빌드가 끝났습니다. 베이스 이미지 위에 ${layerKeywords.join(', ')}가 레이어를 하나씩 더해 ${tag} 이미지(ID ${image.id})가 되었습니다.${settingSentence}${stages} 모두 ${formatDuration(total)}쯤 걸렸습니다.`;
  }
  const rerun = build.steps.length - miss.steps;
  return `빌드가 끝났습니다. 앞의 ${miss.steps}단계는 CACHED이고, ${miss.line}번째 줄부터 단계 ${rerun}개만 다시 실행해 ${formatDuration(total)} 만에 ${tag} 이미지(ID ${image.id})가 되었습니다. 바뀌지 않은 아래쪽 레이어는 이전 이미지와 함께 씁니다.${stages}`;
}

/** What the next build will have to redo, told right after an edit. */
function afterEdit(state: BuildFlowState): string {
  const planned = planBuild(state.files);
  if (!planned.ok) {
    const where = planned.problem.line === null ? '' : ` ${planned.problem.line}번째 줄을 보세요.`;
    return `지금 Dockerfile로는 빌드할 수 없습니다.${where} ${planned.problem.explanation}`;
  }
  const image = currentImage(state);
  if (!image) return '아직 이미지가 없으니 빌드하면 모든 단계를 실행합니다.';
  const plan = cachePlan(state, state.files);
  const index = plan.indexOf(false);
  if (index === -1) return '다시 빌드하면 모든 단계가 캐시에서 나옵니다. 전에 빌드한 적이 있는 내용이기 때문입니다.';
  if (index === 0) return '첫 줄이 바뀌었으니 다시 빌드하면 모든 단계를 새로 실행합니다.';
  const line = (planned.plan.steps[index]?.line ?? 0) + 1;
  return `다시 빌드하면 앞의 ${index}단계는 캐시를 쓰고, 바뀐 ${line}번째 줄부터 뒤의 단계만 다시 실행합니다.`;
}

function editDone(state: BuildFlowState, line: number): string {
  if (line === 0) {
    const from = (state.files[dockerfilePath] ?? '').split('\n').find((text) => rubyFrom.test(text.trim())) ?? '';
    return `베이스 이미지를 ruby:${rubyFrom.exec(from.trim())?.[1] ?? ''}-slim-trixie(트릭시)로 바꿨습니다.`;
  }
  return recipe[line]?.edit?.done(state.revisions[line] ?? 0) ?? '';
}

const portSentence = (port: number | null) =>
  port === null ? '' : ` 브라우저에서 localhost:${port}에 접속하면 이 컨테이너의 ${containerPort}번 포트로 이어집니다.`;

export function narrate(state: BuildFlowState, variant: Variant): string {
  const last = state.last;
  if (!last) return introduction(variant);
  switch (last.type) {
    case 'edit':
      return `${editDone(state, last.line)} ${afterEdit(state)}`;
    case 'write':
      return `${last.path} 파일을 고쳤습니다. ${afterEdit(state)}`;
    case 'build': {
      const build = state.build as Build;
      return building(state) ? buildStarted(state, build) : buildFinished(state, build);
    }
    case 'run': {
      const container = findContainer(state, last.run);
      const image = findImage(state, container?.imageId ?? null);
      if (!container || !image) return '';
      const name = containerName(container.run);
      if (last.blockedBy !== null) {
        const holder = containerName(last.blockedBy);
        return `${name} 컨테이너는 만들어졌지만 시작하지 못했습니다(port is already allocated). 내 컴퓨터의 ${container.port}번 포트를 이미 ${holder} 컨테이너가 쓰고 있기 때문입니다. 다른 포트를 고르거나 ${holder} 컨테이너를 정지해 보세요.`;
      }
      const siblings = state.containers.filter((candidate) => candidate.imageId === image.id).length;
      const started = `${name} 컨테이너를 실행했습니다.`;
      const shared =
        siblings === 1
          ? ` 컨테이너는 ${latestTag(image)} 이미지의 레이어를 읽기 전용으로 쓰고, 그 위에 자기만의 얇은 쓰기 레이어를 하나 얹습니다.`
          : ` 이제 컨테이너 ${siblings}개가 ${latestTag(image)} 이미지 하나를 함께 씁니다. 이미지는 복사되지 않고, 컨테이너마다 쓰기 레이어만 따로 생깁니다.`;
      return `${started}${shared}${portSentence(container.port)}`;
    }
    case 'stop':
      return `${containerName(last.run)} 컨테이너를 정지했습니다.${last.port === null ? '' : ` ${last.port}번 포트도 비었습니다.`} 쓰기 레이어는 삭제할 때까지 남아 있습니다.`;
    case 'remove':
      return `${containerName(last.run)} 컨테이너를 삭제했습니다. 그 컨테이너의 쓰기 레이어도 함께 사라지지만 이미지는 그대로 남습니다.`;
  }
}

/**
 * Why the rules refuse `event` now, for the hint beside a control; null when they accept it. Tests
 * check that this agrees with `transition` for every state they reach, so the two cannot drift.
 */
export function refusal(state: BuildFlowState, event: BuildFlowEvent): string | null {
  switch (event.type) {
    case 'build':
      return building(state) ? '빌드가 진행 중입니다. 끝나면 다시 빌드할 수 있습니다.' : null;
    case 'write':
      if (!editablePaths.includes(event.path)) return '이 실습에서 고칠 수 없는 파일입니다.';
      if (building(state)) return '빌드가 끝난 뒤에 고칠 수 있습니다. 빌드는 시작할 때의 파일을 읽습니다.';
      if (event.text.length > maxFileLength) return `이 실습의 파일은 ${maxFileLength.toLocaleString('ko-KR')}자까지 씁니다.`;
      return state.files[event.path] === event.text ? '바뀐 내용이 없습니다.' : null;
    case 'edit':
      if (!recipe[event.line]?.edit) return '이 줄은 이 실습에서 고칠 수 없습니다.';
      if (!building(state) && !presetEdit(state.files, event.line, (state.revisions[event.line] ?? 0) + 1))
        return '고친 Dockerfile에는 이 버튼이 바꿀 줄이 없습니다.';
      return building(state) ? '빌드가 끝난 뒤에 고칠 수 있습니다. 빌드는 시작할 때의 파일을 읽습니다.' : null;
    case 'run':
      if (!currentImage(state)) return '먼저 빌드해서 이미지를 만들어야 실행할 수 있습니다.';
      if (state.containers.length >= maxContainers) {
        return `이 실습에서는 컨테이너를 ${maxContainers}개까지 만듭니다. 하나를 정지하고 삭제하면 다시 실행할 수 있습니다.`;
      }
      return event.port === null || (hostPorts as readonly number[]).includes(event.port)
        ? null
        : '이 실습에서 고를 수 없는 포트입니다.';
    case 'stop': {
      const target = findContainer(state, event.run);
      if (!target) return '그런 컨테이너가 없습니다.';
      return target.status === 'running' ? null : '실행 중인 컨테이너만 정지할 수 있습니다.';
    }
    case 'remove': {
      const target = findContainer(state, event.run);
      if (!target) return '그런 컨테이너가 없습니다.';
      return target.status === 'running' ? '실행 중인 컨테이너는 먼저 정지해야 삭제할 수 있습니다.' : null;
    }
    case 'tick':
      return building(state) ? null : '진행 중인 빌드가 없습니다.';
  }
}
