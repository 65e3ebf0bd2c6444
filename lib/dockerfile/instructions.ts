import { parseFlags, stringFlag, type FlagType } from './flags';
import { suggestion } from './suggest';
import type { Directives, SyntaxNode } from './syntax';

// The second pass (BuildKit's frontend/dockerfile/instructions/parse.go): each node becomes a typed
// instruction, its flags checked, its arguments counted, and the instructions are grouped into
// stages, one per FROM. ARGs before the first FROM are the "meta" args FROM lines may use.
// Errors carry BuildKit's own words, "dockerfile parse error on line N: …".

type Base = {
  /** The keyword in capitals, as BuildKit prints a step. */
  keyword: string;
  /** The instruction as one line, for BuildKit's step names (`RUN bundle install`). */
  text: string;
  line: number;
  endLine: number;
};

export type CommandLine = { form: 'exec' | 'shell'; args: readonly string[] };
export type Pair = { key: string; value: string };

export type Instruction = Base &
  (
    | { kind: 'from'; image: string; name: string | null; platform: string | null }
    | { kind: 'run' | 'cmd' | 'entrypoint' | 'shell'; command: CommandLine }
    | { kind: 'copy' | 'add'; sources: readonly string[]; dest: string; from: string | null; chown: string | null }
    | { kind: 'workdir' | 'user' | 'stopsignal' | 'maintainer'; value: string }
    | { kind: 'env' | 'label'; pairs: readonly Pair[] }
    | { kind: 'arg'; args: readonly { key: string; value: string | null }[] }
    | { kind: 'expose' | 'volume'; values: readonly string[] }
    | { kind: 'healthcheck' | 'onbuild'; args: readonly string[] }
  );

export type FromInstruction = Extract<Instruction, { kind: 'from' }>;
export type Stage = { index: number; name: string | null; from: FromInstruction; commands: readonly Instruction[] };

export type Dockerfile = {
  directives: Directives;
  metaArgs: readonly Extract<Instruction, { kind: 'arg' }>[];
  stages: readonly Stage[];
};

export type InstructionError = { message: string; line: number; endLine: number };

const keywords = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

const flagSpecs: Record<string, Readonly<Record<string, FlagType>>> = {
  from: { platform: 'string' },
  copy: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool' },
  add: {
    chown: 'string',
    chmod: 'string',
    link: 'bool',
    'keep-git-dir': 'bool',
    checksum: 'string',
    unpack: 'bool',
    exclude: 'strings',
  },
  run: { mount: 'strings', network: 'string', security: 'string', device: 'strings' },
  healthcheck: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};

const validStageName = /^[a-z][a-z0-9-_.]*$/;

const atLeastOne = (keyword: string) => `${keyword} requires at least one argument`;
const exactlyOne = (keyword: string) => `${keyword} requires exactly one argument`;
const noDestination = (keyword: string) =>
  `${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`;

/** One node → one typed instruction, or BuildKit's message for why not. */
function typed(node: SyntaxNode): Instruction | string {
  const lower = node.keyword.toLowerCase();
  const keyword = node.keyword.toUpperCase();
  if (!(keywords as readonly string[]).includes(keyword)) {
    const match = suggestion(node.keyword, keywords);
    return `unknown instruction: ${node.keyword}${match ? ` (did you mean ${match}?)` : ''}`;
  }
  const base: Base = { keyword, text: node.original.trim(), line: node.startLine, endLine: node.endLine };
  const args = node.args;
  // Argument counts that BuildKit checks before the flags come first, as they do there.
  if ((lower === 'workdir' || lower === 'user' || lower === 'stopsignal' || lower === 'maintainer') && args.length !== 1)
    return exactlyOne(keyword);
  if ((lower === 'copy' || lower === 'add') && args.length < 2) return noDestination(keyword);
  if (
    (lower === 'expose' || lower === 'volume' || lower === 'arg' || lower === 'onbuild' || lower === 'healthcheck') &&
    args.length === 0
  )
    return atLeastOne(keyword);
  if (lower === 'from') {
    if (args.length === 3 && args[1]?.toLowerCase() === 'as') {
      const name = (args[2] as string).toLowerCase();
      if (!validStageName.test(name))
        return `invalid name for build stage: ${JSON.stringify(args[2])}, name can't start with a number or contain symbols`;
    } else if (args.length !== 1) return 'FROM requires either one or three arguments';
  }
  const flags = parseFlags(node.flags, flagSpecs[lower] ?? {});
  if (!flags.ok) return flags.error;
  const command: CommandLine = { form: node.json ? 'exec' : 'shell', args };
  switch (lower) {
    case 'from':
      return {
        ...base,
        kind: 'from',
        image: args[0] as string,
        name: args.length === 3 ? (args[2] as string).toLowerCase() : null,
        platform: stringFlag(flags.values, 'platform'),
      };
    case 'run':
    case 'cmd':
    case 'entrypoint':
    case 'shell':
      if (lower === 'shell' && args.length === 0) return atLeastOne(keyword);
      if (lower === 'shell' && !node.json) return 'SHELL requires the arguments to be in JSON form';
      return { ...base, kind: lower, command };
    case 'copy':
    case 'add':
      return {
        ...base,
        kind: lower,
        sources: args.slice(0, -1),
        dest: args.at(-1) as string,
        from: lower === 'copy' ? stringFlag(flags.values, 'from') : null,
        chown: stringFlag(flags.values, 'chown'),
      };
    case 'workdir':
    case 'user':
    case 'stopsignal':
    case 'maintainer':
      return { ...base, kind: lower, value: args[0] as string };
    case 'env':
    case 'label': {
      const pairs = node.pairs ?? [];
      if (pairs.length === 0) return atLeastOne(keyword);
      if (pairs.some((pair) => pair.key === '')) return `${keyword} names can not be blank`;
      return { ...base, kind: lower, pairs };
    }
    case 'arg': {
      const parsed = args.map((arg) => {
        const at = arg.indexOf('=');
        return at === -1 ? { key: arg, value: null } : { key: arg.slice(0, at), value: arg.slice(at + 1) };
      });
      if (parsed.some((arg) => arg.key === '')) return 'ARG names can not be blank';
      return { ...base, kind: 'arg', args: parsed };
    }
    case 'expose':
    case 'volume':
      return { ...base, kind: lower, values: args };
    default:
      return { ...base, kind: lower as 'healthcheck' | 'onbuild', args };
  }
}

export function buildInstructions(
  nodes: readonly SyntaxNode[],
  directives: Directives,
): { ok: true; dockerfile: Dockerfile } | { ok: false; error: InstructionError } {
  const stages: { index: number; name: string | null; from: FromInstruction; commands: Instruction[] }[] = [];
  const metaArgs: Extract<Instruction, { kind: 'arg' }>[] = [];
  for (const node of nodes) {
    const instruction = typed(node);
    if (typeof instruction === 'string') {
      return {
        ok: false,
        error: {
          message: `dockerfile parse error on line ${node.startLine}: ${instruction}`,
          line: node.startLine,
          endLine: node.endLine,
        },
      };
    }
    if (instruction.kind === 'from') {
      stages.push({ index: stages.length, name: instruction.name, from: instruction, commands: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) {
      if (instruction.kind === 'arg') {
        metaArgs.push(instruction);
        continue;
      }
      return { ok: false, error: { message: 'no build stage in current context', line: node.startLine, endLine: node.endLine } };
    }
    stage.commands.push(instruction);
  }
  return { ok: true, dockerfile: { directives, metaArgs, stages } };
}
