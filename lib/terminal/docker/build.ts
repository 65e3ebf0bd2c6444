import { buildKitSeconds } from '../../simulations/build-flow/format';
import { exportMs, recipe, stepLines } from '../../simulations/build-flow/recipe';
import type { ParsedFlags } from '../flags';
import type { ShellContext } from '../program';
import type { EngineEvent } from './engine-events';
import type { EngineState } from './engine-state';
import { transition } from './engine-transition';
import { familiar, parseReference, qualified, type Reference } from './reference';
import { err, fail, hint, ok, out, type DockerResult } from './result';

// `docker build` (BuildKit, `--progress=plain`) of the project's Dockerfile, the chapter's own
// (lib/simulations/build-flow/recipe.ts). Like the build-flow widget's terminal it leaves out
// BuildKit's internal loading steps (#1–#3, #5). The first build runs every step; later builds of
// the unchanged Dockerfile answer every step from the cache.

/**
 * BuildKit numbers every vertex in the order it starts: #1–#3 load the Dockerfile, the base
 * image's metadata and .dockerignore, the base image is next, then #5 loads the build context and
 * the other steps follow. A multi-platform build runs each step once per platform.
 */
export function buildLines(reference: Reference, cached: boolean, platforms: readonly string[] = []): string[] {
  const lines: string[] = [];
  const count = stepLines.length;
  const prefixes = platforms.length > 0 ? platforms.map((platform) => `${platform} `) : [''];
  let vertex = 3;
  stepLines.forEach((line, index) => {
    const instruction = recipe[line];
    if (!instruction) return;
    const text = instruction.text(0);
    const name = index === 0 ? text.replace('FROM ', 'FROM docker.io/library/') : text;
    for (const prefix of prefixes) {
      vertex += index === 1 && prefix === prefixes[0] ? 2 : 1;
      lines.push(
        `#${vertex} [${prefix}${index + 1}/${count}] ${name}`,
        `#${vertex} ${cached ? 'CACHED' : `DONE ${buildKitSeconds(instruction.ms)}`}`,
      );
    }
  });
  vertex += 1;
  lines.push(
    `#${vertex} exporting to image`,
    `#${vertex} naming to ${qualified(reference)} done`,
    `#${vertex} DONE ${buildKitSeconds(cached ? 0 : exportMs)}`,
  );
  return lines;
}

/** `-f` names another Dockerfile; this project has only its own. */
function contextError(parsed: ParsedFlags, state: EngineState, context: ShellContext): DockerResult | null {
  const file = parsed.values.file;
  if (parsed.args.length !== 1) {
    return fail(
      `ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nRun 'docker buildx build --help' for more information`,
      '빌드할 폴더(빌드 컨텍스트)를 마지막에 적어야 합니다. 지금 폴더라면 점 하나(.)를 붙이세요: docker build -t myapp .',
    );
  }
  if (
    !state.project.dockerfile ||
    context.cwd !== state.project.path ||
    (typeof file === 'string' && file !== 'Dockerfile' && file !== './Dockerfile')
  ) {
    const name = typeof file === 'string' ? file : 'Dockerfile';
    return fail(
      `ERROR: failed to build: failed to solve: failed to read dockerfile: open ${name}: no such file or directory`,
      `${context.cwd} 폴더에 ${name} 파일이 없습니다. Dockerfile이 있는 폴더로 cd 한 뒤 빌드하거나 -f로 파일을 알려 주세요.`,
    );
  }
  return null;
}

export function buildCommand(state: EngineState, parsed: ParsedFlags, context: ShellContext): DockerResult {
  const problem = contextError(parsed, state, context);
  if (problem) return problem;
  const tagText = (parsed.values.tag as string[] | undefined)?.[0];
  const parsedTag = parseReference(tagText ?? state.project.name);
  if (!parsedTag.ok) {
    return fail(
      `ERROR: failed to build: invalid tag "${tagText ?? ''}": ${parsedTag.error}`,
      '-t에 준 이미지 이름을 읽을 수 없습니다. 소문자로 이름:태그 형태로 주세요(예: -t myapp:1.0).',
    );
  }
  const reference = parsedTag.reference;
  const platforms = ((parsed.values.platform as string | undefined) ?? '').split(',').filter((platform) => platform !== '');
  const build: EngineEvent = { type: 'build', reference };
  const lines = buildLines(reference, state.builds > 0, platforms.length > 1 ? platforms : []);
  if (parsed.values.push !== true) return ok(lines, [build]);
  const push: EngineEvent = { type: 'push', reference };
  const built = transition(state, build, context.now);
  const namespace = reference.repository.split('/')[0];
  if (built.user === null || !reference.repository.includes('/') || namespace !== built.user) {
    return {
      events: [build],
      output: [
        ...out(lines),
        ...err([
          `ERROR: failed to build: failed to solve: failed to push ${familiar(reference)}: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
        ]),
        hint(
          '이미지는 만들었지만 Docker Hub에 올리지 못했습니다. docker login 명령으로 먼저 로그인하고, 이름이 내 계정(또는 팀) 이름/저장소 형태인지 확인하세요.',
        ),
      ],
      exitCode: 1,
    };
  }
  const exportVertex = lines.at(-1)?.split(' ')[0] ?? '';
  return ok(
    [
      ...lines.slice(0, -1),
      `${exportVertex} pushing layers done`,
      `${exportVertex} pushing manifest for ${qualified(reference)} done`,
      lines.at(-1) ?? '',
    ],
    [build, push],
  );
}
