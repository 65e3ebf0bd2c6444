import { buildKitSeconds } from './format';
import { hexId } from './hash';
import { sourceSnippet } from '../../dockerfile';
import { dockerfilePath } from './context';
import { containerPort } from './recipe';
import { containerName, findContainer, findImage, type Build, type BuildFlowState } from './state';

// The command the reader's latest action stands for and what Docker prints for it, so what they
// watch links to what they will type. A build prints BuildKit's plain progress (`--progress=plain`)
// with the lines a reader does not need left out: the internal loading steps (#1–#3, #5) and the
// base image's digest after its tag. The run error is the daemon's text, word for word.

export type TerminalOutput = { command: string; output: readonly string[] };

/** BuildKit numbers every vertex; the Dockerfile's first step comes after its internal ones (#1–#3). */
const vertexOf = (index: number) => (index === 0 ? 4 : index + 5);

/** The lines Docker prints when a build stops: the failing step, the source excerpt, the error. */
function failureLines(build: Build): string[] {
  const problem = build.problem!;
  const dockerfile = build.files[dockerfilePath] ?? '';
  const failed = build.plan?.steps[build.steps.length - 1];
  const step = failed && build.steps.length > 0 ? [`------`, ` > ${failed.prefix}${failed.name}:`, `------`] : [];
  const source = problem.line === null ? [] : sourceSnippet(dockerfile, problem.line, problem.endLine ?? problem.line);
  return [...step, ...source, `ERROR: failed to build: failed to solve: ${problem.message}`];
}

/** BuildKit's plain progress for the build as far as it has got. */
export function buildLines(build: Build): string[] {
  const output: string[] = [];
  const steps = build.plan?.steps ?? [];
  steps.forEach((planned, index) => {
    if (index > build.steps.length) return;
    output.push(`#${vertexOf(index)} ${planned.prefix}${planned.name}`);
    const step = build.steps[index];
    if (!step) return;
    if (planned.failure !== null) output.push(`#${vertexOf(index)} ERROR: ${planned.failure}`);
    else output.push(`#${vertexOf(index)} ${step.cached ? 'CACHED' : `DONE ${buildKitSeconds(step.ms)}`}`);
  });
  if (build.problem) return [...output, ...failureLines(build)];
  if (build.steps.length === steps.length) {
    const vertex = vertexOf(steps.length);
    output.push(`#${vertex} exporting to image`);
    if (build.imageId !== null) {
      output.push(
        `#${vertex} naming to docker.io/library/${build.tag} done`,
        `#${vertex} DONE ${buildKitSeconds(build.exportMs)}`,
      );
    }
  }
  return output;
}

const runCommand = (port: number | null, run: number, tag: string) =>
  `docker run -d${port === null ? '' : ` -p ${port}:${containerPort}`} --name ${containerName(run)} ${tag}`;

export function terminal(state: BuildFlowState): TerminalOutput | null {
  const last = state.last;
  if (!last || last.type === 'edit' || last.type === 'write') return null;
  switch (last.type) {
    case 'build': {
      const build = state.build;
      if (!build) return null;
      return { command: `docker build -t ${build.tag} .`, output: buildLines(build) };
    }
    case 'run': {
      const container = findContainer(state, last.run);
      const image = findImage(state, container?.imageId ?? null);
      if (!container || !image) return null;
      const command = runCommand(container.port, container.run, image.tags.at(-1) ?? '');
      const id = hexId(`container|${container.run}|${image.id}`, 64);
      if (last.blockedBy === null) return { command, output: [id] };
      const endpoint = hexId(`endpoint|${container.run}`, 64);
      return {
        command,
        output: [
          `docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint ${containerName(container.run)} (${endpoint}): Bind for 0.0.0.0:${container.port} failed: port is already allocated`,
        ],
      };
    }
    case 'stop':
    case 'remove':
      // Both print the name they were given.
      return {
        command: `docker ${last.type === 'stop' ? 'stop' : 'rm'} ${containerName(last.run)}`,
        output: [containerName(last.run)],
      };
  }
}
