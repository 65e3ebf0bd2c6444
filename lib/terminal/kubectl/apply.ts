import {
  changesNothing,
  transition,
  type ClusterEvent,
  type ClusterState,
  type ManifestFile,
} from '@/lib/simulations/orchestrator';
import { parseFlags } from '../flags';
import { flagError } from './errors';
import { MANIFESTS } from './manifests';
import { failure, hint, stderr, stdout, type Result } from './output';

// `kubectl apply -f`: each file the reader's directory holds is compared with the cluster, and
// reported configured or unchanged exactly as kubectl's apply does. The objects already exist:
// the cluster starts with the chapter's manifests applied. A file the reader edited carries the
// validator's verdict (state.files, written by the editor): an invalid one prints the API server's
// error; a valid one is applied as the simulation's apply-manifest event.

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
  const errors: Result['output'][number][] = [];
  let current = state;
  let rolled = false;
  for (const name of names) {
    const manifest = MANIFESTS[name]!;
    const edited = current.files?.[name];
    if (edited) {
      const outcome = applyEdited(current, name, manifest.object, edited);
      for (const event of outcome.events) current = transition(current, event, current.time);
      events.push(...outcome.events);
      lines.push(...outcome.lines);
      errors.push(...outcome.errors);
      continue;
    }
    const sent = manifest.apply(current);
    for (const event of sent) current = transition(current, event, current.time);
    events.push(...sent);
    rolled ||= sent.length > 0;
    lines.push(...stdout(`${manifest.object} ${sent.length > 0 ? 'configured' : 'unchanged'}`));
  }
  if (rolled) lines.push(...hint('매니페스트의 이미지가 지금 디플로이먼트와 달라 롤링 업데이트가 시작되었습니다.'));
  // kubectl apply goes on with the other files and prints the errors after them, then exits 1.
  return { events, output: [...lines, ...errors], exitCode: errors.length > 0 ? 1 : 0 };
}

type Line = Result['output'][number];

/** One edited file: its error as the API server words it, or configured/unchanged and what the simulation does not draw. */
export function applyEdited(
  state: ClusterState,
  name: string,
  object: string,
  file: ManifestFile,
): { events: ClusterEvent[]; lines: Line[]; errors: Line[] } {
  const { check } = file;
  if (!check.ok) {
    const where = check.problems.map((p) => hint(`${p.line === null ? name : `${name} ${p.line}번째 줄`}: ${p.hint}`)).flat();
    return { events: [], lines: [], errors: [...(check.error ? stderr(check.error) : []), ...where] };
  }
  const lastApplied = state.applied?.[check.kind] ?? check.canonicalDefault;
  if (check.canonical === lastApplied && changesNothing(state, check.change))
    return { events: [], lines: stdout(`${object} unchanged`), errors: [] };
  const event: ClusterEvent = {
    type: 'apply-manifest',
    change: check.change,
    canonical: check.canonical,
    unmodelled: check.unmodelled,
  };
  return {
    events: [event],
    lines: [...stdout(`${object} configured`), ...check.unmodelled.flatMap((line) => hint(line))],
    errors: [],
  };
}
