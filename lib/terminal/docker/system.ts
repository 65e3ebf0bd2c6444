import type { ParsedFlags } from '../flags';
import type { EngineEvent } from './engine-events';
import type { EngineState } from './engine-state';
import { humanSize, table } from './format';
import { hint, ok, out, type DockerResult } from './result';

// `docker version`, `docker system df` and `docker system prune`.

/**
 * The release this terminal imitates: Docker 29.7.2 (docker/cli tag v29.7.2, Go 1.26.5, API 1.55).
 * Its Git commit is the tag's; the build time printed is the tag's commit time, and the engine's
 * commits are shown as the client's, because the simulation has no real daemon build to quote.
 */
export const release = {
  version: '29.7.2',
  api: '1.55',
  minApi: '1.44',
  go: 'go1.26.5',
  commit: 'a7dcaa6',
  built: 'Wed Aug  5 17:34:15 2026',
};

/** The Compose plugin Docker 29's packages ship with (illustrative patch level). */
export const composeVersion = 'v2.40.3';

/** tabwriter(minwidth 20, padding 1): every key here is shorter, so values start at column 20. */
const row = (key: string, value: string) => `${key.padEnd(20)}${value}`;

export function versionLines(): string[] {
  return [
    'Client: Docker Engine - Community',
    row(' Version:', release.version),
    row(' API version:', release.api),
    row(' Go version:', release.go),
    row(' Git commit:', release.commit),
    row(' Built:', release.built),
    row(' OS/Arch:', 'linux/amd64'),
    row(' Context:', 'default'),
    '',
    'Server: Docker Engine - Community',
    ' Engine:',
    row('  Version:', release.version),
    row('  API version:', `${release.api} (minimum version ${release.minApi})`),
    row('  Go version:', release.go),
    row('  Git commit:', release.commit),
    row('  Built:', release.built),
    row('  OS/Arch:', 'linux/amd64'),
    row('  Experimental:', 'false'),
    ' containerd:',
    row('  Version:', 'v2.2.1'),
    ' runc:',
    row('  Version:', '1.3.4'),
    ' docker-init:',
    row('  Version:', '0.19.0'),
    row('  GitCommit:', 'de40ad0'),
  ];
}

export function versionCommand(): DockerResult {
  return {
    events: [],
    output: [
      ...out(versionLines()),
      hint(
        '이 터미널은 Docker 29를 흉내 냅니다. 내 컴퓨터에서 실행하면 설치한 버전이 나오고, Server 부분이 없다면 도커 엔진(Docker Desktop)이 꺼져 있는 것입니다.',
      ),
    ],
    exitCode: 0,
  };
}

export function systemDfCommand(state: EngineState): DockerResult {
  const usedImages = new Set(state.containers.map((container) => container.imageId));
  const imageBytes = state.images.reduce((sum, image) => sum + image.sizeBytes, 0);
  const unused = state.images.filter((image) => !usedImages.has(image.id)).reduce((sum, image) => sum + image.sizeBytes, 0);
  const percent = (part: number, whole: number) => (whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`);
  const running = state.containers.filter((container) => container.state === 'running').length;
  // A container's own writable layer: a few kilobytes in this simulation.
  const containerBytes = state.containers.length * 4_096;
  const stoppedBytes = (state.containers.length - running) * 4_096;
  const cacheBytes = state.builds > 0 ? 580_000_000 : 0;
  return ok(
    table([
      ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
      [
        'Images',
        String(state.images.length),
        String(usedImages.size),
        humanSize(imageBytes),
        `${humanSize(unused)}${percent(unused, imageBytes)}`,
      ],
      [
        'Containers',
        String(state.containers.length),
        String(running),
        humanSize(containerBytes),
        `${humanSize(stoppedBytes)}${percent(stoppedBytes, containerBytes)}`,
      ],
      ['Local Volumes', '0', '0', '0B', '0B'],
      ['Build Cache', String(state.builds > 0 ? 7 : 0), '0', humanSize(cacheBytes), humanSize(cacheBytes)],
    ]),
  );
}

export function systemPruneCommand(state: EngineState, parsed: ParsedFlags): DockerResult {
  const prune = (current: EngineState) => {
    const removed = current.containers.filter((container) => container.state !== 'running');
    const events: EngineEvent[] = removed.length > 0 ? [{ type: 'prune-containers' }] : [];
    const lines = removed.length > 0 ? ['Deleted Containers:', ...removed.map((container) => container.id), ''] : [];
    return ok([...lines, 'Total reclaimed space: 0B'], events);
  };
  if (parsed.values.force === true) return prune(state);
  return {
    events: [],
    output: out([
      'WARNING! This will remove:',
      '  - all stopped containers',
      '  - all networks not used by at least one container',
      '  - all dangling images',
      '  - unused build cache',
      '',
    ]),
    exitCode: 0,
    enter: {
      prompt: 'Are you sure you want to continue? [y/N] ',
      run(current, argv) {
        return ['y', 'Y', 'yes'].includes(argv[0] ?? '')
          ? { ...prune(current), exit: true }
          : { events: [], output: [], exitCode: 0, exit: true };
      },
    },
  };
}
