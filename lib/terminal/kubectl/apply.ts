import { transition, type ClusterEvent, type ClusterState } from '@/lib/simulations/orchestrator';
import { parseFlags } from '../flags';
import { flagError } from './errors';
import { MANIFESTS } from './manifests';
import { failure, hint, stdout, type Result } from './output';

// `kubectl apply -f`: each file the reader's directory holds is compared with the cluster, and
// reported configured or unchanged exactly as kubectl's apply does. The objects already exist:
// the cluster starts with the chapter's manifests applied.

export const WORKDIR = '/home/learner/myapp';

function fileName(path: string, cwd: string): string | null {
  const absolute = path.startsWith('/') ? path : `${cwd}/${path}`.replace(/\/\.\//g, '/');
  const normalized = absolute.replace(/\/+/g, '/');
  const prefix = `${WORKDIR}/`;
  if (!normalized.startsWith(prefix)) return null;
  return normalized.slice(prefix.length);
}

export function runApply(state: ClusterState, argv: readonly string[], cwd: string): Result {
  const parsed = parseFlags(
    [
      { name: 'filename', short: 'f', kind: 'list' },
      { name: 'namespace', short: 'n', kind: 'string' },
      { name: 'kustomize', short: 'k', kind: 'string' },
      { name: 'recursive', short: 'R', kind: 'bool' },
    ],
    argv,
  );
  if (!parsed.ok) return flagError('apply', parsed.error);
  const files = parsed.parsed.values.filename;
  if (!Array.isArray(files) || files.length === 0) {
    return failure(
      'error: must specify one of -f and -k',
      '적용할 매니페스트 파일을 -f로 적으세요. 예: kubectl apply -f deployment.yaml.',
    );
  }
  const names: string[] = [];
  for (const path of files as string[]) {
    const inDirectory = fileName(path, cwd);
    if (path === '.' || path === './' || inDirectory === '' || (path.endsWith('/') && inDirectory === '')) {
      names.push(...Object.keys(MANIFESTS).sort());
      continue;
    }
    if (inDirectory === null || !(inDirectory in MANIFESTS)) {
      return failure(
        `error: the path "${path}" does not exist`,
        `그런 파일이 없습니다. 이 디렉터리에는 ${Object.keys(MANIFESTS).join(', ')}이 있습니다.`,
      );
    }
    names.push(inDirectory);
  }
  const events: ClusterEvent[] = [];
  const lines: Result['output'][number][] = [];
  let current = state;
  for (const name of names) {
    const manifest = MANIFESTS[name]!;
    const sent = manifest.apply(current);
    for (const event of sent) current = transition(current, event, current.time);
    events.push(...sent);
    lines.push(...stdout(`${manifest.object} ${sent.length > 0 ? 'configured' : 'unchanged'}`));
  }
  if (events.length > 0) lines.push(...hint('매니페스트의 이미지가 지금 디플로이먼트와 달라 롤링 업데이트가 시작되었습니다.'));
  return { events, output: lines, exitCode: 0 };
}
