import { kernelRelease, type HubImage } from './catalog';

// A few programs inside a container, enough for `docker run --rm ubuntu uname -r` and a look
// around after `docker exec -it web sh`. Anything else gets the shell's own "not found".

export type ContainerProcess = {
  readonly os: HubImage['os'];
  readonly hostname: string;
  readonly env: Readonly<Record<string, string>>;
  readonly workdir: string;
  /** The main process, PID 1, as `ps` shows it. */
  readonly command: string;
  readonly service: string | null;
};

export type ShellAnswer = { readonly lines: readonly string[]; readonly errors: readonly string[]; readonly code: number };

const roots: Record<HubImage['os'], readonly string[]> = {
  debian: [
    'bin',
    'boot',
    'dev',
    'etc',
    'home',
    'lib',
    'lib64',
    'media',
    'mnt',
    'opt',
    'proc',
    'root',
    'run',
    'sbin',
    'srv',
    'sys',
    'tmp',
    'usr',
    'var',
  ],
  ubuntu: [
    'bin',
    'boot',
    'dev',
    'etc',
    'home',
    'lib',
    'lib64',
    'media',
    'mnt',
    'opt',
    'proc',
    'root',
    'run',
    'sbin',
    'srv',
    'sys',
    'tmp',
    'usr',
    'var',
  ],
  alpine: [
    'bin',
    'dev',
    'etc',
    'home',
    'lib',
    'media',
    'mnt',
    'opt',
    'proc',
    'root',
    'run',
    'sbin',
    'srv',
    'sys',
    'tmp',
    'usr',
    'var',
  ],
};

const osRelease: Record<HubImage['os'], readonly string[]> = {
  debian: [
    'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"',
    'NAME="Debian GNU/Linux"',
    'VERSION_ID="13"',
    'VERSION="13 (trixie)"',
    'ID=debian',
  ],
  ubuntu: [
    'PRETTY_NAME="Ubuntu 24.04.3 LTS"',
    'NAME="Ubuntu"',
    'VERSION_ID="24.04"',
    'VERSION="24.04.3 LTS (Noble Numbat)"',
    'ID=ubuntu',
  ],
  alpine: ['NAME="Alpine Linux"', 'ID=alpine', 'VERSION_ID=3.23.0', 'PRETTY_NAME="Alpine Linux v3.23"'],
};

/** Programs this shell knows; the rest are "not found". */
export const shellPrograms = [
  'bash',
  'cat',
  'echo',
  'env',
  'exit',
  'hostname',
  'ls',
  'ps',
  'pwd',
  'sh',
  'uname',
  'whoami',
] as const;

const notFound = (process: ContainerProcess, name: string): ShellAnswer => ({
  lines: [],
  // dash (Debian, Ubuntu) numbers the line; BusyBox ash (Alpine) does not.
  errors: [process.os === 'alpine' ? `sh: ${name}: not found` : `sh: 1: ${name}: not found`],
  code: 127,
});

export function runInContainer(process: ContainerProcess, argv: readonly string[]): ShellAnswer {
  const [name = '', ...args] = argv;
  const ok = (lines: readonly string[]): ShellAnswer => ({ lines, errors: [], code: 0 });
  switch (name) {
    case '':
    case 'sh':
    case 'bash':
    case 'irb':
    case 'exit':
      // A shell (or irb) with no terminal attached reads an empty input and ends at once.
      return ok([]);
    case 'uname':
      if (args.includes('-r')) return ok([kernelRelease]);
      if (args.includes('-a')) return ok([`Linux ${process.hostname} ${kernelRelease} #1 SMP x86_64 GNU/Linux`]);
      return ok(['Linux']);
    case 'hostname':
      return ok([process.hostname]);
    case 'whoami':
      return ok(['root']);
    case 'pwd':
      return ok([process.workdir]);
    case 'echo':
      return ok([args.join(' ')]);
    case 'env':
      return ok(Object.entries(process.env).map(([key, value]) => `${key}=${value}`));
    case 'ls': {
      const path = args.find((arg) => !arg.startsWith('-')) ?? process.workdir;
      if (path === '/') return ok([roots[process.os].join('  ')]);
      if (path === '/etc') return ok(['hostname  hosts  os-release  passwd  resolv.conf']);
      return ok([]);
    }
    case 'cat': {
      const answers = args.map((file): ShellAnswer => {
        if (file === '/etc/os-release') return ok(osRelease[process.os]);
        if (file === '/etc/hostname') return ok([process.hostname]);
        return { lines: [], errors: [`cat: ${file}: No such file or directory`], code: 1 };
      });
      return {
        lines: answers.flatMap((answer) => answer.lines),
        errors: answers.flatMap((answer) => answer.errors),
        code: answers.some((answer) => answer.code !== 0) ? 1 : 0,
      };
    }
    case 'ps':
      // Ubuntu's image has procps and Alpine has BusyBox's ps; Debian's images (nginx, postgres) have neither.
      if (process.os === 'alpine')
        return ok(['PID   USER     TIME  COMMAND', `    1 root      0:00 ${process.command}`, '    7 root      0:00 ps']);
      if (process.os === 'ubuntu') {
        const main = process.command.split(' ')[0]?.split('/').at(-1) ?? '';
        return ok(['    PID TTY          TIME CMD', `      1 pts/0    00:00:00 ${main}`, '      9 pts/0    00:00:00 ps']);
      }
      return notFound(process, 'ps');
    case 'bin/rails':
      if (process.service === 'web' && args[0] === 'db:prepare') return ok(["Created database 'myapp_development'"]);
      return notFound(process, name);
    default:
      return notFound(process, name);
  }
}
