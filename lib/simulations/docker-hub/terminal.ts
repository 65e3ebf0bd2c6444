import { baseRepository, layers, repository, type Version } from './catalog';
import { imageName, searchResults, type DockerHubState } from './model';

// What the terminal shows for a step, in the words and order docker/cli and the Docker Engine
// print them (moby daemon/containerd/progress.go, image_push.go, image_pull.go).

/**
 * Illustrative digests, shortened with "…" (real ones are 64 hex digits), and the manifest size
 * `docker push` reports. The same tag always has the same digest, wherever it is pulled.
 */
export const digests: Readonly<Record<Version, { digest: string; size: number }>> = {
  '1.0': { digest: 'sha256:4c1f9e07b2d8…', size: 1784 },
  '1.1': { digest: 'sha256:d97a3e5c0f41…', size: 1784 },
};

/** The docker command a step stands for; null for steps that are clicks on the website. */
export function commandFor(state: DockerHubState): string | null {
  const step = state.step;
  switch (step?.type) {
    case 'search':
      // `docker search` finds public images only; the team's private repository is found on the website.
      return step.query.trim() && !searchResults(state).some((listing) => listing.badge === 'private')
        ? `docker search ${step.query.trim()}`
        : null;
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

const pushed = { pushed: 'Pushed', mounted: `Mounted from ${baseRepository}`, exists: 'Layer already exists' } as const;
const pulled = { downloaded: 'Pull complete', exists: 'Already exists' } as const;

/** What the terminal prints for a push or a pull. */
export function terminalLog(state: DockerHubState): string[] {
  const step = state.step;
  if (step?.type === 'push') {
    const { digest, size } = digests[step.version];
    return [
      `The push refers to repository [docker.io/${repository}]`,
      // docker push lists the top layer first.
      ...[...step.transfers].reverse().map((transfer) => `${layers[transfer.key].id}: ${pushed[transfer.result]}`),
      `${step.version}: digest: ${digest} size: ${size}`,
    ];
  }
  if (step?.type === 'pull') {
    return [
      `${step.version}: Pulling from ${repository}`,
      ...step.transfers.map((transfer) => `${layers[transfer.key].id}: ${pulled[transfer.result]}`),
      `Digest: ${digests[step.version].digest}`,
      `Status: Downloaded newer image for ${imageName(step.version)}`,
      `docker.io/${imageName(step.version)}`,
    ];
  }
  return [];
}
