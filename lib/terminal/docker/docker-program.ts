import { editDistance } from '../../edit-distance';
import { parseFlags } from '../flags';
import type { CommandResult, Program, ShellContext } from '../program';
import type { CommandSpec, CommandTable } from './command-specs';
import { release } from './system';
import { fail, hint, ok, out } from './result';
import { argsError, flagError, usageLine } from './usage';

// A `docker` program over one world: finds the command (top-level, `container`/`image`/`system`/`buildx`
// management commands, or the compose plugin), parses its flags with pflag's rules, checks the
// argument count as cobra does, and runs it. It never throws: anything unexpected is an error line.

const suggest = (word: string, known: readonly string[]) =>
  known
    .map((name) => ({ name, distance: editDistance(word, name) }))
    .filter((candidate) => candidate.distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0]?.name ?? null;

const allNames = <S, E>(table: CommandTable<S, E>) => [
  ...Object.keys(table.topLevel),
  ...Object.keys(table.management),
  'compose',
];

function unknownCommand(word: string, known: readonly string[]) {
  const near = suggest(word, known);
  return fail(
    `docker: unknown command: docker ${word}\n\nRun 'docker --help' for more information`,
    near
      ? `docker ${word} 명령은 없습니다. docker ${near} 명령을 입력하려던 것 같습니다.`
      : `docker ${word} 명령은 없습니다. docker --help 명령으로 쓸 수 있는 명령을 확인해 보세요.`,
  );
}

function helpFor<S, E>(path: string, spec: CommandSpec<S, E>): CommandResult<S, E> {
  return {
    events: [],
    output: [
      ...out([`Usage:  ${usageLine(path, spec.use)}`, '', spec.summary]),
      hint('이 터미널은 도움말의 첫 줄만 보여 줍니다. 옵션 전체는 docs.docker.com의 명령 설명을 참고하세요.'),
    ],
    exitCode: 0,
  };
}

function topHelp<S, E>(table: CommandTable<S, E>): CommandResult<S, E> {
  return ok([
    'Usage:  docker [OPTIONS] COMMAND',
    '',
    'A self-sufficient runtime for containers',
    '',
    'Common Commands:',
    ...Object.entries(table.topLevel).map(([name, spec]) => `  ${name.padEnd(11)} ${spec.summary}`),
    '',
    'Management Commands:',
    '  compose*    Docker Compose',
    '  container   Manage containers',
    '  image       Manage images',
    '  system      Manage Docker',
  ]);
}

function runSpec<S, E>(
  state: S,
  path: string,
  spec: CommandSpec<S, E>,
  argv: readonly string[],
  context: ShellContext,
): CommandResult<S, E> {
  const parsed = parseFlags(spec.flags, argv, { interspersed: spec.interspersed ?? true });
  if (!parsed.ok) {
    return fail(
      flagError(parsed.error, path, spec.use),
      `${path} 명령에 없는 옵션이거나 값이 빠졌습니다. 철자와 값을 확인하고, 옵션은 이미지 이름보다 앞에 쓰세요.`,
      125,
    );
  }
  if (parsed.parsed.values.help === true) return helpFor(path, spec);
  const count = parsed.parsed.args.length;
  const { kind, count: wanted = 0 } = spec.arity;
  const tooFew = kind === 'min' ? count < wanted : kind === 'exact' ? count !== wanted : count > 0;
  if (tooFew) {
    return fail(
      argsError(path, spec.use, kind, wanted),
      kind === 'none'
        ? `${path} 명령은 인자를 받지 않습니다.`
        : `${path} 명령에 필요한 인자가 ${kind === 'exact' ? '맞지 않습니다' : '모자랍니다'}. Usage 줄의 대문자 자리에 값을 넣으세요.`,
    );
  }
  return spec.run(state, parsed.parsed, context);
}

function dispatch<S, E>(
  table: CommandTable<S, E>,
  state: S,
  argv: readonly string[],
  context: ShellContext,
): CommandResult<S, E> {
  const [first = '', ...rest] = argv;
  if (first === '' || first === '--help' || first === '-h' || first === 'help') return topHelp(table);
  if (first === '--version' || first === '-v') return ok([`Docker version ${release.version}, build ${release.commit}`]);
  if (first.startsWith('-')) {
    return fail(
      `unknown flag: ${first}\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information`,
      'docker 바로 뒤에는 명령(run, ps, build …)이 옵니다. 명령의 옵션은 명령 뒤에 쓰세요.',
      125,
    );
  }
  if (first === 'compose') return table.compose(state, rest, context);
  const top = table.topLevel[first];
  if (top) return runSpec(state, `docker ${first}`, top, rest, context);
  const group = table.management[first];
  if (!group) return unknownCommand(first, allNames(table));
  const [sub = '', ...subArgs] = rest;
  const spec = group[sub];
  if (!spec) {
    return fail(
      sub === ''
        ? `Usage:  docker ${first} COMMAND\n\nRun 'docker ${first} --help' for more information`
        : `docker: unknown command: docker ${first} ${sub}\n\nUsage:  docker ${first}\n\nRun 'docker ${first} --help' for more information`,
      `docker ${first} 뒤에는 ${Object.keys(group).join(', ')} 같은 하위 명령을 씁니다.`,
    );
  }
  return runSpec(state, `docker ${first} ${sub}`, spec, subArgs, context);
}

function complete<S, E>(table: CommandTable<S, E>, state: S, argv: readonly string[]): readonly string[] {
  const last = argv.at(-1) ?? '';
  if (argv.length <= 1) return allNames(table).filter((name) => name.startsWith(last));
  const [first = '', second = ''] = argv;
  if (first === 'compose' && argv.length === 2) return table.composeCommands.filter((name) => name.startsWith(last));
  const group = table.management[first];
  if (argv.length === 2 && group) return Object.keys(group).filter((name) => name.startsWith(last));
  const spec = table.topLevel[first] ?? group?.[second];
  if (last.startsWith('-')) return (spec?.flags ?? []).map((flag) => `--${flag.name}`).filter((flag) => flag.startsWith(last));
  const names = table.names(state);
  const imageCommands = ['run', 'rmi', 'push', 'tag', 'history', 'pull', 'image', 'build'];
  return (imageCommands.includes(first) ? names.images : names.containers).filter((word) => word.startsWith(last));
}

/** The `docker` program over a world described by `table`. */
export function dockerProgramOver<S, E>(table: CommandTable<S, E>): Program<S, E> {
  return {
    name: 'docker',
    run(state, argv, context) {
      try {
        return dispatch(table, state, argv, context);
      } catch (error) {
        // A bug must not break the reader's terminal; it shows as an error and changes nothing.
        return fail(
          `docker: ${error instanceof Error ? error.message : String(error)}`,
          '이 터미널의 시뮬레이션에서 예상하지 못한 오류가 났습니다. 다른 명령으로 계속할 수 있습니다.',
        );
      }
    },
    complete: (state, argv) => complete(table, state, argv),
  };
}
