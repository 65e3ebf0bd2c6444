import {
  badgeLabels,
  baseImage,
  baseLayers,
  baseRepository,
  imageLayers,
  listings,
  machineNames,
  repository,
  sizeOf,
  type LayerKey,
  type MachineId,
} from './catalog';
import { imageName, searchResults, teamListing, type DockerHubState, type Transfer } from './model';

// One or two Korean sentences per step, 합니다체, read from the state only. Image names are
// followed by a noun ("myteam/myapp:1.0 이미지를") so no particle has to guess how a name is read.

const subject: Readonly<Record<MachineId, string>> = { lead: '팀장이', minji: '민지가', junho: '준호가' };

export const introduction =
  'Docker Hub는 이미지를 올리고 내려받는 레지스트리입니다. 믿을 만한 이미지를 찾아보고, 팀의 이미지를 올리고 내려받아 봅니다.';

const keysWith = <R>(transfers: readonly Transfer<R>[], result: R): LayerKey[] =>
  transfers.filter((transfer) => transfer.result === result).map((transfer) => transfer.key);

/** "레이어 3개(102 MB)" */
const amount = (keys: readonly LayerKey[]) => `레이어 ${keys.length}개(${sizeOf(keys)} MB)`;

export function narrate(state: DockerHubState): string {
  const step = state.step;
  if (!step) return introduction;
  switch (step.type) {
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
      const pushed = keysWith(step.transfers, 'pushed');
      const mounted = keysWith(step.transfers, 'mounted');
      const existing = keysWith(step.transfers, 'exists');
      const parts = [`팀장이 ${imageName(step.version)} 이미지를 Docker Hub에 푸시했습니다. 새 ${amount(pushed)}만 올렸습니다.`];
      if (mounted.length > 0) {
        parts.push(
          `베이스 이미지의 레이어 ${mounted.length}개는 Docker Hub의 ${baseRepository}에 이미 있어서, 올리지 않고 우리 리포지터리에 연결했습니다(Mounted from ${baseRepository}).`,
        );
      }
      if (existing.length > 0)
        parts.push(
          `나머지 레이어 ${existing.length}개는 먼저 올린 태그와 같아서 이미 이 리포지터리에 있습니다(Layer already exists).`,
        );
      return parts.join(' ');
    }
    case 'pull': {
      const got = keysWith(step.transfers, 'downloaded');
      const existing = keysWith(step.transfers, 'exists');
      const did = `${subject[step.machine]} ${imageName(step.version)} 이미지를 받았습니다(pull).`;
      if (existing.length === 0) return `${did} 컴퓨터에 레이어가 하나도 없어서 ${amount(got)}를 모두 받았습니다.`;
      // Only the base image's layers, or 1.0's too: the layers say which image they came with.
      const why = existing.every((key) => baseLayers.includes(key))
        ? '예전에 받아 둔 베이스 이미지와 다이제스트가 같은'
        : '이미 받아 둔 1.0 이미지와 다이제스트가 같은';
      return `${did} 없던 ${amount(got)}만 받고, ${why} 레이어 ${existing.length}개는 건너뛰었습니다(Already exists).`;
    }
  }
}

export function describeListing(state: DockerHubState, name: string): string {
  const listing = name === repository ? teamListing(state) : listings.find((candidate) => candidate.name === name);
  if (!listing) return '';
  const tags = `버전은 태그로 구별합니다(${listing.tags.join(', ')}).`;
  switch (listing.badge) {
    case 'official':
      return `${name} 이미지는 ${badgeLabels.official}(Docker Official Image)입니다. Docker가 후원하는 전담 팀이 원래 프로젝트의 관리자들과 함께 검토해 게시하고, 보안 패치가 나오면 다시 빌드합니다. ${tags}`;
    case 'verified':
      return `${name} 이미지는 ${badgeLabels.verified}(Verified Publisher)가 올렸습니다. Docker가 신원을 확인한 회사가 자기 제품의 이미지를 직접 관리합니다. 그 회사의 제품을 쓸 때 고릅니다.`;
    case 'none':
      return `${name} 이미지에는 아무 표시가 없습니다. 누가 올렸는지 확인되지 않았고 오랫동안 업데이트되지 않았습니다. 악성 코드나 고쳐지지 않은 취약점이 있을 수 있으니 실행하지 않는 것이 안전합니다.`;
    case 'private': {
      // The digest itself stays on screen (terminal, listing); read aloud it would be noise.
      const pin =
        state.registry.tags.length > 0
          ? ` 태그는 새 이미지로 옮겨 붙일 수 있지만 다이제스트는 내용이 같을 때만 같습니다. 정확히 같은 이미지를 받으려면 ${repository}@sha256:…처럼 다이제스트로 받습니다.`
          : '';
      return `${name} 리포지터리는 비공개라 팀원만 볼 수 있습니다. ${tags}${pin}`;
    }
  }
}

export const machineLabel = (machine: MachineId) => (machine === 'lead' ? '팀장 노트북' : `${machineNames[machine]}의 노트북`);
