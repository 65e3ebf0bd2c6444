import { expand } from './expand';
import { explain } from './explain';
import { buildInstructions, type Dockerfile, type Instruction, type Stage } from './instructions';
import { parseSyntax } from './syntax';

export type { CommandLine, Dockerfile, FromInstruction, Instruction, Pair, Stage } from './instructions';
export { expand } from './expand';
export { explain } from './explain';
export { sourceSnippet } from './snippet';

/**
 * What went wrong, as BuildKit reports it: `message` is what follows "failed to solve: " in
 * `ERROR: failed to build: failed to solve: …`; `line`/`endLine` the lines it points at (1-based),
 * null when it points at none; `explanation` one Korean line for the reader.
 */
export type DockerfileProblem = { message: string; line: number | null; endLine: number | null; explanation: string };

const problem = (message: string, line: number | null, endLine: number | null = line): DockerfileProblem => ({
  message,
  line,
  endLine,
  explanation: explain(message),
});

/** Where a stage starts from: an image to pull, or an earlier stage of the same file. */
export type Base = { kind: 'image'; reference: string } | { kind: 'stage'; index: number };

export type ResolvedStage = Stage & {
  base: Base;
  /** BuildKit's name in step prefixes: the AS name, `stage-N` without one, none when alone. */
  label: string | null;
};

export type ParsedDockerfile = Omit<Dockerfile, 'stages'> & {
  stages: readonly ResolvedStage[];
  /** Indexes of the stages the last one needs, in file order: BuildKit builds only these. */
  needed: readonly number[];
};

export type ParseResult = { ok: true; dockerfile: ParsedDockerfile } | { ok: false; problem: DockerfileProblem };

/** The stage `name` refers to in `COPY --from=name` or `FROM name`: by AS name, or by number. */
export function stageIndex(stages: readonly Stage[], name: string): number | null {
  const lower = name.toLowerCase();
  const named = stages.findIndex((stage) => stage.name === lower);
  if (named !== -1) return named;
  return /^\d+$/.test(name) && Number(name) < stages.length ? Number(name) : null;
}

function resolve(dockerfile: Dockerfile): ParseResult {
  const metaArgs: Record<string, string> = {};
  for (const arg of dockerfile.metaArgs) for (const { key, value } of arg.args) metaArgs[key] = value ?? metaArgs[key] ?? '';
  const many = dockerfile.stages.length > 1;
  const stages: ResolvedStage[] = [];
  for (const stage of dockerfile.stages) {
    const reference = expand(stage.from.image, metaArgs);
    if (reference === '')
      return {
        ok: false,
        problem: problem(`base name (${stage.from.image}) should not be blank`, stage.from.line, stage.from.endLine),
      };
    const earlier = stageIndex(stages, reference);
    stages.push({
      ...stage,
      base: earlier === null ? { kind: 'image', reference } : { kind: 'stage', index: earlier },
      label: many ? (stage.name ?? `stage-${stage.index}`) : null,
    });
  }
  for (const stage of stages) {
    for (const command of stage.commands) {
      if (command.kind !== 'copy' || command.from === null) continue;
      const from = stageIndex(stages, command.from);
      if (from === stage.index)
        return {
          ok: false,
          problem: problem(
            `circular dependency detected on stage: ${stage.label ?? stage.name ?? ''}`,
            command.line,
            command.endLine,
          ),
        };
      if (from !== null && from > stage.index) {
        const message = `cannot copy from stage ${JSON.stringify(command.from)}, it needs to be defined before current stage ${JSON.stringify(stage.label ?? '')}`;
        return { ok: false, problem: problem(message, command.line, command.endLine) };
      }
    }
  }
  return { ok: true, dockerfile: { ...dockerfile, stages, needed: neededStages(stages) } };
}

/** The stages the last stage depends on through FROM and COPY --from, and the last one itself. */
function neededStages(stages: readonly ResolvedStage[]): number[] {
  const needed = new Set<number>();
  const visit = (index: number) => {
    if (needed.has(index)) return;
    needed.add(index);
    const stage = stages[index] as ResolvedStage;
    if (stage.base.kind === 'stage') visit(stage.base.index);
    for (const command of stage.commands) {
      if (command.kind !== 'copy' || command.from === null) continue;
      const from = stageIndex(stages, command.from);
      if (from !== null) visit(from);
    }
  };
  visit(stages.length - 1);
  return [...needed].sort((a, b) => a - b);
}

export function parseDockerfile(text: string): ParseResult {
  if (text.length === 0) return { ok: false, problem: problem('the Dockerfile cannot be empty', null) };
  const syntax = parseSyntax(text);
  if (!syntax.ok) return { ok: false, problem: problem(syntax.message, syntax.line) };
  const built = buildInstructions(syntax.nodes, syntax.directives);
  if (!built.ok) return { ok: false, problem: problem(built.error.message, built.error.line, built.error.endLine) };
  if (built.dockerfile.stages.length === 0)
    return { ok: false, problem: problem('dockerfile contains no stages to build', null) };
  return resolve(built.dockerfile);
}

/** Does this instruction make a build step (`[n/N]` in BuildKit's output)? FROM of an image does too. */
export const isStep = (instruction: Instruction) =>
  instruction.kind === 'run' || instruction.kind === 'copy' || instruction.kind === 'add' || instruction.kind === 'workdir';
