import { explain, expand, isStep, parseDockerfile, stageIndex, type DockerfileProblem, type Instruction } from '../../dockerfile';
import { resolveBase, normalize } from './base-images';
import { contextPaths, dockerfilePath, fileBytes, type BuildContext } from './context';
import { hexId } from './hash';
import { recipe } from './recipe';

// What `docker build .` will do with the files as they are: BuildKit's steps in the order this
// simulation runs them (the stages the last one needs, in file order; BuildKit runs independent
// stages side by side), each with its cache key. A key chains its parent's key with what the step
// does: the instruction, the environment a RUN sees (ENV, WORKDIR, USER), and for COPY a checksum
// of the copied files, so a changed file misses the cache while the line stays the same. Line
// numbers are not part of a key, as in BuildKit. Sizes and times are estimates (recipe.ts, or a
// rough figure by command for instructions the chapter does not have).

export type StepKind = 'from' | 'run' | 'copy' | 'add' | 'workdir';

export type PlannedStep = {
  stage: number;
  /** `[1/6] ` or `[build 1/6] `: BuildKit's prefix for the step. */
  prefix: string;
  /** The step's name after the prefix: `FROM docker.io/library/ruby:3.4-slim-trixie`, `RUN bundle install`. */
  name: string;
  kind: StepKind;
  /** 0-based lines of the Dockerfile this step comes from. */
  line: number;
  endLine: number;
  key: string;
  sizeBytes: number;
  ms: number;
  /** BuildKit's error when this step cannot be done (a COPY of a path not in the context). */
  failure: string | null;
};

/** An instruction that records a setting in the image config: no step, no layer. */
export type Setting = { line: number; text: string };

export type Plan = {
  steps: readonly PlannedStep[];
  /** Plan indexes of the steps whose layers make the final image, base first. */
  layers: readonly number[];
  settings: readonly Setting[];
  /** How many stages the file has (the final image is built from the last). */
  stageCount: number;
};

export type PlanResult = { ok: true; plan: Plan } | { ok: false; problem: DockerfileProblem };

const KB = 1_000;
const MB = 1_000_000;

/** The chapter's own numbers for its own lines; a rough figure by command for anything else. */
function estimate(kind: StepKind, text: string, copiedBytes: number): { sizeBytes: number; ms: number } {
  const own = recipe.find((instruction) => [0, 1].some((revision) => instruction.text(revision) === text));
  if (own && kind !== 'from') return { sizeBytes: own.sizeBytes, ms: own.ms };
  if (kind === 'workdir') return { sizeBytes: 0, ms: 0 };
  if (kind === 'copy' || kind === 'add') return { sizeBytes: copiedBytes, ms: copiedBytes > MB ? 300 : 100 };
  if (/apt-get install|apk add/.test(text)) return { sizeBytes: 200 * MB, ms: 30_000 };
  if (/bundle install/.test(text)) return { sizeBytes: 110 * MB, ms: 80_000 };
  if (/npm (ci|install)|yarn install/.test(text)) return { sizeBytes: 150 * MB, ms: 40_000 };
  if (/npm run build|rails assets:precompile/.test(text)) return { sizeBytes: 20 * MB, ms: 30_000 };
  return { sizeBytes: 4 * KB, ms: 1_000 };
}

/** A COPY source matched against the context: `.`, a file, a folder, or a `*`/`?` pattern. */
function matchSource(paths: readonly string[], source: string): string[] {
  const clean = source.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return [...paths];
  if (/[*?[]/.test(clean)) {
    const pattern = new RegExp(
      `^${clean
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')}(/.*)?$`,
    );
    return paths.filter((path) => pattern.test(path));
  }
  return paths.filter((path) => path === clean || path.startsWith(`${clean}/`));
}

/** BuildKit's reference to the build context in the checksum error: a session id and a ref id. */
const contextRef = (files: BuildContext) => {
  const id = hexId(`context|${files[dockerfilePath] ?? ''}`, 32);
  const ref = Array.from(hexId(`ref|${id}`, 25), (digit) => 'abcdefghijklmnopqrstuvwxyz0123456789'[parseInt(digit, 16) * 2]).join(
    '',
  );
  return `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}::${ref}`;
};

const withKeyword = (instruction: Instruction) => {
  const [first = '', ...rest] = instruction.text.split(/(\s+)/);
  return [first.toUpperCase(), ...rest].join('');
};

export function planBuild(files: BuildContext): PlanResult {
  const parsed = parseDockerfile(files[dockerfilePath] ?? '');
  if (!parsed.ok) return parsed;
  const dockerfile = parsed.dockerfile;
  const paths = contextPaths(files);
  const steps: PlannedStep[] = [];
  /** Per stage: the key and layer indexes at its end, and its settings, once planned. */
  const ends = new Map<
    number,
    { key: string; layers: number[]; settings: Setting[]; env: Record<string, string>; workdir: string }
  >();
  const metaArgs: Record<string, string> = {};
  for (const arg of dockerfile.metaArgs) for (const { key, value } of arg.args) metaArgs[key] = value ?? metaArgs[key] ?? '';

  for (const index of dockerfile.needed) {
    const stage = dockerfile.stages[index]!;
    const total =
      (stage.base.kind === 'image' && stage.from.image.toLowerCase() !== 'scratch' ? 1 : 0) +
      stage.commands.filter(isStep).length;
    const width = String(total).length;
    let count = 0;
    const prefix = () => `[${stage.label ? `${stage.label} ` : ''}${String(++count).padStart(width)}/${total}] `;
    let key = '';
    let layers: number[] = [];
    let settings: Setting[] = [];
    let env: Record<string, string> = {};
    let workdir = '/';
    let user = '';
    const args: Record<string, string> = {};
    const add = (step: Omit<PlannedStep, 'stage' | 'prefix' | 'key'>, content: string) => {
      key = hexId(`${key}|${content}`, 16);
      steps.push({ ...step, stage: index, prefix: prefix(), key });
      layers = [...layers, steps.length - 1];
    };
    if (stage.base.kind === 'stage') {
      const base = ends.get(stage.base.index)!;
      ({ key, layers, settings, env, workdir } = {
        ...base,
        layers: [...base.layers],
        settings: [...base.settings],
        env: { ...base.env },
      });
    } else {
      const reference = expand(stage.from.image, metaArgs);
      if (reference.toLowerCase() !== 'scratch') {
        const pulled = resolveBase(reference);
        if ('error' in pulled) {
          return {
            ok: false,
            problem: {
              message: pulled.error,
              line: stage.from.line,
              endLine: stage.from.endLine,
              explanation: explain(pulled.error),
            },
          };
        }
        const own = recipe.find((instruction) => [0, 1].some((revision) => instruction.content(revision) === reference));
        const name = `FROM ${normalize(reference).normalized}`;
        const cost = own ? { sizeBytes: own.sizeBytes, ms: own.ms } : pulled;
        add(
          { name, kind: 'from', line: stage.from.line - 1, endLine: stage.from.endLine - 1, failure: null, ...cost },
          `from|${normalize(reference).normalized}`,
        );
      }
    }
    const vars = () => ({ ...args, ...env });
    for (const command of stage.commands) {
      const line = command.line - 1;
      const endLine = command.endLine - 1;
      const name = withKeyword(command);
      switch (command.kind) {
        case 'run':
          add(
            { name, kind: 'run', line, endLine, failure: null, ...estimate('run', name, 0) },
            `run|${command.command.form}|${JSON.stringify(command.command.args)}|${JSON.stringify(env)}|${workdir}|${user}`,
          );
          break;
        case 'workdir': {
          const path = expand(command.value, vars());
          workdir = path.startsWith('/') ? path : `${workdir.replace(/\/$/, '')}/${path}`;
          add({ name, kind: 'workdir', line, endLine, failure: null, sizeBytes: 0, ms: 0 }, `workdir|${workdir}`);
          break;
        }
        case 'copy':
        case 'add': {
          const dest = expand(command.dest, vars());
          const from = command.from === null ? null : (stageIndex(dockerfile.stages, command.from) ?? -1);
          if (from !== null && from !== -1) {
            const source = ends.get(from)!;
            const bytes = source.layers.slice(-1).reduce((sum, at) => sum + (steps[at]?.sizeBytes ?? 0), 0);
            add(
              {
                name,
                kind: command.kind,
                line,
                endLine,
                failure: null,
                ...estimate(command.kind, name, Math.min(bytes, 50 * MB)),
              },
              `copy-from|${source.key}|${JSON.stringify(command.sources)}|${dest}|${workdir}|${command.chown ?? ''}`,
            );
            break;
          }
          if (from === -1) {
            // Not a stage: BuildKit takes the name for an image to copy from.
            const pulled = resolveBase(command.from as string);
            if ('error' in pulled)
              return {
                ok: false,
                problem: {
                  message: pulled.error,
                  line: command.line,
                  endLine: command.endLine,
                  explanation: explain(pulled.error),
                },
              };
          }
          const sources = command.sources.map((source) => expand(source, vars()));
          const matched = sources.map((source) => matchSource(paths, source));
          const missing = command.from === null ? sources.find((_, at) => matched[at]?.length === 0) : undefined;
          const copied = [...new Set(matched.flat())];
          const checksum = hexId(
            copied.map((path) => `${path}=${Object.hasOwn(files, path) ? files[path] : fileBytes(files, path)}`).join('\n'),
            16,
          );
          const bytes = copied.reduce((sum, path) => sum + fileBytes(files, path), 0);
          const failure =
            missing === undefined
              ? null
              : `failed to calculate checksum of ref ${contextRef(files)}: "/${missing.replace(/^\.?\/+/, '')}": not found`;
          add(
            { name, kind: command.kind, line, endLine, failure, ...estimate(command.kind, name, bytes) },
            `copy|${command.from ?? ''}|${JSON.stringify(sources)}|${checksum}|${dest}|${workdir}|${command.chown ?? ''}`,
          );
          break;
        }
        case 'env':
          env = { ...env, ...Object.fromEntries(command.pairs.map((pair) => [pair.key, expand(pair.value, vars())])) };
          settings = [...settings, { line, text: name }];
          break;
        case 'arg':
          for (const arg of command.args)
            args[arg.key] = arg.value === null ? (metaArgs[arg.key] ?? '') : expand(arg.value, vars());
          settings = [...settings, { line, text: name }];
          break;
        case 'user':
          user = command.value;
          settings = [...settings, { line, text: name }];
          break;
        default:
          settings = [...settings, { line, text: name }];
      }
    }
    ends.set(index, { key, layers, settings, env, workdir });
  }
  const last = ends.get(dockerfile.stages.length - 1)!;
  return { ok: true, plan: { steps, layers: last.layers, settings: last.settings, stageCount: dockerfile.stages.length } };
}
