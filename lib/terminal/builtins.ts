import type { OutputLine } from './program';
import { resolvePath } from './paths';

// The shell's own commands. Their messages are bash 5.2's, word for word; a Korean hint follows
// each error. `help` is this terminal's, in Korean (bash's own `help` lists bash's grammar).

export interface ShellView {
  readonly cwd: string;
  readonly oldCwd: string | null;
  readonly home: string;
  readonly history: readonly string[];
  readonly directories: ReadonlySet<string>;
  /** The lines `help` prints, built from the world's programs. */
  help(): readonly OutputLine[];
}

export interface BuiltinResult {
  readonly output: readonly OutputLine[];
  readonly exitCode: number;
  readonly cwd?: string;
  /** Everything printed so far disappears (`clear`). */
  readonly clear?: boolean;
  /** `history -c` empties the history. */
  readonly forgetHistory?: boolean;
}

type Builtin = (args: readonly string[], shell: ShellView) => BuiltinResult;

const out = (text: string): OutputLine => ({ stream: 'stdout', text });
const err = (text: string): OutputLine => ({ stream: 'stderr', text });
const hint = (text: string): OutputLine => ({ stream: 'hint', text });

function cd(args: readonly string[], shell: ShellView): BuiltinResult {
  if (args.length > 1)
    return { exitCode: 1, output: [err('bash: cd: too many arguments'), hint('cd에는 폴더를 하나만 적습니다.')] };
  const target = args[0] ?? shell.home;
  if (target === '-') {
    if (shell.oldCwd === null)
      return {
        exitCode: 1,
        output: [err('bash: cd: OLDPWD not set'), hint('아직 다른 폴더로 옮긴 적이 없어 돌아갈 곳이 없습니다.')],
      };
    return { exitCode: 0, cwd: shell.oldCwd, output: [out(shell.oldCwd)] };
  }
  const path = resolvePath(shell.cwd, target);
  if (!shell.directories.has(path))
    return {
      exitCode: 1,
      output: [
        err(`bash: cd: ${target}: No such file or directory`),
        hint('그런 폴더가 없습니다. pwd로 지금 위치를 확인하고, 폴더 이름을 Tab으로 완성해 보세요.'),
      ],
    };
  return { exitCode: 0, cwd: path, output: [] };
}

function echo(args: readonly string[]): BuiltinResult {
  // `-n` only leaves out the final newline, which a line-by-line log cannot show.
  const words = args[0] === '-n' ? args.slice(1) : args;
  return { exitCode: 0, output: [out(words.join(' '))] };
}

function history(args: readonly string[], shell: ShellView): BuiltinResult {
  if (args[0] === '-c') return { exitCode: 0, output: [], forgetHistory: true };
  const count = args[0] === undefined ? shell.history.length : Number(args[0]);
  if (!Number.isInteger(count) || count < 0)
    return {
      exitCode: 1,
      output: [
        err(`bash: history: ${args[0]}: numeric argument required`),
        hint('history 뒤에는 보여 줄 줄 수를 숫자로 적습니다.'),
      ],
    };
  const start = Math.max(0, shell.history.length - count);
  // bash prints the number right-aligned in five columns, then two spaces.
  return {
    exitCode: 0,
    output: shell.history.slice(start).map((line, index) => out(`${String(start + index + 1).padStart(5)}  ${line}`)),
  };
}

export const builtins = {
  cd,
  pwd: (_args, shell) => ({ exitCode: 0, output: [out(shell.cwd)] }),
  echo,
  clear: () => ({ exitCode: 0, output: [], clear: true }),
  history,
  help: (_args, shell) => ({ exitCode: 0, output: shell.help() }),
  exit: () => ({
    exitCode: 0,
    output: [out('exit'), hint('이 터미널은 페이지 안에 있어 닫히지 않습니다. 그대로 이어서 입력하면 됩니다.')],
  }),
} satisfies Record<string, Builtin>;

export type BuiltinName = keyof typeof builtins;

export const isBuiltin = (name: string): name is BuiltinName => Object.hasOwn(builtins, name);

/** The built-ins with the one-line Korean summary `help` shows. */
export const builtinSummaries: Readonly<Record<BuiltinName, string>> = {
  cd: '폴더를 옮깁니다 (cd myapp, cd .., cd -)',
  pwd: '지금 있는 폴더를 보여 줍니다',
  echo: '글자와 변수를 출력합니다 (echo "$PWD")',
  clear: '화면을 지웁니다 (Ctrl+L도 같습니다)',
  history: '지금까지 입력한 명령을 보여 줍니다',
  help: '이 도움말을 보여 줍니다',
  exit: '안쪽 셸(docker exec -it …)에서 나옵니다',
};
