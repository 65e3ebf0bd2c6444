import { buildKitSeconds } from './format';
import { hexId } from './hash';
import { containerPort, recipe, stepLines } from './recipe';
import { containerName, findContainer, findImage, type BuildFlowState } from './state';

// The command the reader's latest action stands for and what Docker prints for it, so what they
// watch links to what they will type. A build prints BuildKit's plain progress (`--progress=plain`)
// with the lines a reader does not need left out: the internal loading steps (#1–#3, #5) and the
// base image's digest after its tag. The run error is the daemon's text, word for word.

export type TerminalOutput = { command: string; output: readonly string[] };

/** BuildKit numbers every vertex; the Dockerfile's steps come after its internal ones. */
const vertexOf = (index: number) => (index === 0 ? 4 : index + 5);

const runCommand = (port: number | null, run: number, tag: string) =>
  `docker run -d${port === null ? '' : ` -p ${port}:${containerPort}`} --name ${containerName(run)} ${tag}`;

export function terminal(state: BuildFlowState): TerminalOutput | null {
  const last = state.last;
  if (!last || last.type === 'edit') return null;
  switch (last.type) {
    case 'build': {
      const build = state.build;
      if (!build) return null;
      const output: string[] = [];
      const stepCount = stepLines.length;
      stepLines.forEach((line, index) => {
        if (index > build.steps.length) return;
        const text = recipe[line]?.text(build.revisions[line] ?? 0) ?? '';
        const name = index === 0 ? text.replace('FROM ', 'FROM docker.io/library/') : text;
        output.push(`#${vertexOf(index)} [${index + 1}/${stepCount}] ${name}`);
        const step = build.steps[index];
        if (step) output.push(`#${vertexOf(index)} ${step.cached ? 'CACHED' : `DONE ${buildKitSeconds(step.ms)}`}`);
      });
      if (build.steps.length === stepCount) {
        const vertex = vertexOf(stepCount);
        output.push(`#${vertex} exporting to image`);
        if (build.imageId !== null) {
          output.push(
            `#${vertex} naming to docker.io/library/${build.tag} done`,
            `#${vertex} DONE ${buildKitSeconds(build.exportMs)}`,
          );
        }
      }
      return { command: `docker build -t ${build.tag} .`, output };
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
