import { badgeLabels, baseImage, baseLayers, imageLayers, layers, listings, machineNames, repository, sizeOf, type LayerKey, type MachineId, type Version } from './catalog';
import { imageName, searchResults, teamListing, type DockerHubState, type Transfer } from './model';

// One or two Korean sentences per step, 합니다체. Image names are followed by a noun
// ("myteam/myapp:1.0 이미지를") so no particle has to guess how a name is read.

const subject: Readonly<Record<MachineId, string>> = { lead: '팀장이', minji: '민지가', junho: '준호가' };

export const introduction =
  'Docker Hub는 이미지를 올리고 내려받는 레지스트리입니다. 믿을 만한 이미지를 찾아보고, 팀의 이미지를 올리고 내려받아 봅니다.';

const keys = (transfers: readonly Transfer[], skipped: boolean): LayerKey[] =>
  transfers.filter((transfer) => transfer.skipped === skipped).map((transfer) => transfer.key);

export function narrate(state: DockerHubState): string {
  const step = state.step;
  if (!step) return introduction;
  switch (step.type) {
    case 'reset':
      return '처음 상태로 되돌렸습니다. 팀의 이미지는 아직 없습니다.';
    case 'search': {
      const count = searchResults(state).length;
      if (step.query.trim() === '') return `검색어를 지웠습니다. 이미지 ${count}개가 보입니다.`;
      if (count === 0) return '검색어에 맞는 이미지가 없습니다.';
      return `검색 결과는 ${count}개입니다. 이름 옆의 표시로 누가 올린 이미지인지 먼저 확인하세요.`;
    }
    case 'select':
      return describeListing(state, step.name);
    case 'build': {
      const shared = imageLayers[step.version].length - step.made.length;
      return step.version === '1.0'
        ? `팀장이 ${imageName(step.version)} 이미지를 빌드했습니다. 이미 받아 둔 베이스 이미지(${baseImage})의 레이어 ${shared}개 위에 새 레이어 ${step.made.length}개를 쌓았습니다.`
        : `팀장이 앱 코드를 고치고 ${imageName(step.version)} 이미지를 빌드했습니다. 새 레이어는 앱 코드 ${step.made.length}개뿐이고, 나머지 레이어 ${shared}개는 1.0 이미지와 함께 씁니다.`;
    }
    case 'push': {
      const sent = keys(step.transfers, false);
      const skipped = keys(step.transfers, true);
      const why = skipped.every((key) => baseLayers.includes(key))
        ? '공식 ruby 이미지의 레이어라서 이미 Docker Hub에 있습니다'
        : '먼저 올린 이미지와 같은 레이어라서 이미 Docker Hub에 있습니다';
      return `팀장이 ${imageName(step.version)} 이미지를 Docker Hub에 푸시했습니다. 레이어 ${sent.length}개(${sizeOf(sent)} MB)만 올렸고, 나머지 ${skipped.length}개는 ${why}(Layer already exists).`;
    }
    case 'pull': {
      const got = keys(step.transfers, false);
      const skipped = keys(step.transfers, true);
      const did = `${subject[step.machine]} ${imageName(step.version)} 이미지를 내려받았습니다.`;
      if (skipped.length === 0) return `${did} 컴퓨터에 레이어가 하나도 없어서 ${got.length}개(${sizeOf(got)} MB)를 모두 받았습니다.`;
      return `${did} 없던 레이어 ${got.length}개(${sizeOf(got)} MB)만 받고, 이미 있던 레이어 ${skipped.length}개는 건너뛰었습니다(Already exists).`;
    }
  }
}

export function describeListing(state: DockerHubState, name: string): string {
  const listing = name === repository ? teamListing(state) : listings.find((candidate) => candidate.name === name);
  if (!listing) return '';
  const tags = `버전은 태그로 구별합니다(${listing.tags.join(', ')}).`;
  switch (listing.badge) {
    case 'official':
      return `${name} 이미지는 ${badgeLabels.official}(Docker Official Image)입니다. 도커가 직접 관리하고 보안 업데이트를 꾸준히 반영합니다. ${tags}`;
    case 'verified':
      return `${name} 이미지는 ${badgeLabels.verified}(Verified Publisher)가 올렸습니다. 도커가 신원을 확인한 회사가 직접 관리합니다. 그 회사의 제품을 쓸 때 고릅니다.`;
    case 'none':
      return `${name} 이미지에는 아무 표시가 없습니다. 누가 올렸는지 확인되지 않았고 오랫동안 업데이트되지 않았습니다. 악성 코드나 고쳐지지 않은 취약점이 있을 수 있으니 실행하지 않는 것이 안전합니다.`;
    case 'private':
      return `${name} 리포지터리는 비공개라 팀원만 볼 수 있습니다. ${tags} 두 태그는 레이어 대부분을 함께 씁니다.`;
  }
}

/** The docker command a step stands for; null for steps that are clicks on the website. */
export function commandFor(state: DockerHubState): string | null {
  const step = state.step;
  switch (step?.type) {
    case 'search':
      // `docker search` finds public images only; the team's private repository is found on the website.
      return step.query.trim() && !searchResults(state).some((listing) => listing.badge === 'private') ? `docker search ${step.query.trim()}` : null;
    case 'build':
      return `docker build -t ${imageName(step.version)} .`;
    case 'push':
      return `docker push ${imageName(step.version)}`;
    case 'pull':
      return `docker pull ${imageName(step.version)}`;
    default:
      return null;
  }
}

/** Illustrative shortened digests: the same tag always has the same digest, wherever it is pulled. */
export const digests: Readonly<Record<Version, string>> = { '1.0': 'sha256:4c1f9e07b2d8…', '1.1': 'sha256:d97a3e5c0f41…' };

/** What the terminal prints for a push or a pull, in the words Docker uses. */
export function terminalLog(state: DockerHubState): string[] {
  const step = state.step;
  if (step?.type === 'push') {
    return [
      `The push refers to repository [docker.io/${repository}]`,
      // docker push lists the top layer first.
      ...[...step.transfers].reverse().map((transfer) => `${layers[transfer.key].id}: ${transfer.skipped ? 'Layer already exists' : 'Pushed'}`),
      `${step.version}: digest: ${digests[step.version]}`,
    ];
  }
  if (step?.type === 'pull') {
    return [
      `${step.version}: Pulling from ${repository}`,
      ...step.transfers.map((transfer) => `${layers[transfer.key].id}: ${transfer.skipped ? 'Already exists' : 'Pull complete'}`),
      `Digest: ${digests[step.version]}`,
      `Status: Downloaded newer image for ${imageName(step.version)}`,
    ];
  }
  return [];
}

export const machineLabel = (machine: MachineId) => (machine === 'lead' ? '팀장 노트북' : `${machineNames[machine]}의 노트북`);
