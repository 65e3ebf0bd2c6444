import { build, image, type BuildId, type Cpu, type Environment, type Item, type Machine } from './machines';

// Running the app is four steps in order. Run as installed, the first is installing the app's gems
// on the machine; run with Docker, nothing is installed at run time: the machine pulls the image
// (built once, with everything inside) and starts it, and the only thing of the machine's that
// matters is whether the image has a variant for its CPU. A failed install, pull or unreachable
// database stops the run (there is no app to try); the two features fail on their own: the app
// runs, but a thumbnail errors (libvips is loaded when the first one is made) or the PDF comes out
// wrong.

export type CheckId = 'install' | 'pull' | 'database' | 'thumbnail' | 'pdf';
/** `emulated`: done, but by running another CPU's image under emulation (slower, with a warning). */
export type CheckStatus = 'ok' | 'emulated' | 'fail' | 'skipped';
export type Check = { id: CheckId; status: CheckStatus; reason: string | null };
export type Outcome = {
  checks: readonly Check[];
  works: boolean;
  firstFailure: Check | null;
  /** Said of a run that works but not as well as it could: under emulation. */
  caveat: string | null;
};

export const checkNames: Record<CheckId, string> = {
  install: '설치 (bundle install)',
  pull: '이미지 받기 (docker pull)',
  database: '데이터베이스 준비 (db:migrate)',
  thumbnail: '프로필 사진 섬네일 만들기',
  pdf: '한글 PDF 영수증 만들기',
};

type Verdict = { status: 'ok' | 'emulated' | 'fail'; reason: string | null };
const ok: Verdict = { status: 'ok', reason: null };
const fail = (reason: string): Verdict => ({ status: 'fail', reason });

const needs: readonly { id: CheckId; item: Item; problem: (value: string) => string | null }[] = [
  {
    id: 'database',
    item: 'database',
    problem: (database) => {
      if (database === 'none') return '데이터베이스가 설치되어 있지 않아 연결하지 못합니다.';
      if (database === 'mysql-8') return '앱은 PostgreSQL용으로 만들었는데 이 컴퓨터에는 MySQL이 있어 연결하지 못합니다.';
      if (database === 'postgres-13')
        return 'PostgreSQL 13은 15 버전부터 생긴 기능(NULLS NOT DISTINCT)을 몰라서 마이그레이션이 실패합니다.';
      return null;
    },
  },
  {
    id: 'thumbnail',
    item: 'vips',
    problem: (vips) => (vips === 'none' ? '이미지 라이브러리 libvips가 없어 섬네일을 만들다 오류가 납니다(LoadError).' : null),
  },
  {
    id: 'pdf',
    item: 'font',
    problem: (font) => (font === 'none' ? '한글 글꼴이 없어 PDF의 한글이 네모 칸으로 깨집니다.' : null),
  },
];

const fatal = new Set<CheckId>(['install', 'pull', 'database']);

function run(first: { id: CheckId; verdict: Verdict }, environment: Environment): Outcome {
  const steps = [first, ...needs.map((need) => ({ id: need.id, verdict: verdictOf(need.problem(environment[need.item])) }))];
  const checks: Check[] = [];
  let stopped = false;
  for (const step of steps) {
    checks.push(stopped ? { id: step.id, status: 'skipped', reason: null } : { id: step.id, ...step.verdict });
    if (!stopped && step.verdict.status === 'fail' && fatal.has(step.id)) stopped = true;
  }
  const firstFailure = checks.find((check) => check.status === 'fail') ?? null;
  const caveat = checks.find((check) => check.status === 'emulated')?.reason ?? null;
  return { checks, works: firstFailure === null, firstFailure, caveat };
}

function verdictOf(problem: string | null): Verdict {
  return problem === null ? ok : fail(problem);
}

/** The app run with what the machine has installed. */
export function runInstalled(environment: Environment): Outcome {
  const ruby = environment.ruby;
  const install =
    Number(ruby) < 3.2 ? fail(`Ruby ${ruby} 버전이라 Rails 8을 설치하지 못합니다. Rails 8에는 Ruby 3.2 이상이 필요합니다.`) : ok;
  return run({ id: 'install', verdict: install }, environment);
}

/** Which of the image's variants the machine runs: its own CPU's, another under emulation, or none. */
export function variantFor(machine: Machine, buildId: BuildId): { cpu: Cpu; emulated: boolean } | null {
  const cpus = build(buildId).cpus;
  if (cpus.includes(machine.cpu)) return { cpu: machine.cpu, emulated: false };
  const other = cpus[0];
  return machine.emulates && other ? { cpu: other, emulated: true } : null;
}

/** The app run from the image with Docker: the machine's installs are not used, only its CPU. */
export function runDocker(machine: Machine, buildId: BuildId): Outcome {
  const only = build(buildId)
    .cpus.map((cpu) => `linux/${cpu}`)
    .join(', ');
  const variant = variantFor(machine, buildId);
  const pull: Verdict =
    variant && !variant.emulated
      ? ok
      : variant
        ? {
            status: 'emulated',
            reason: `이 이미지에는 ${only}용만 있어, ${machine.cpu} CPU인 이 컴퓨터에서는 ${machine.docker}이 에뮬레이션으로 실행합니다. 되기는 하지만 느리고, 플랫폼이 맞지 않는다는 경고가 나옵니다.`,
          }
        : fail(
            `이 이미지에는 ${only}용만 있어 ${machine.cpu} CPU인 이 서버에서는 실행되지 않습니다. ${machine.docker}은 에뮬레이션을 따로 설정해야 다른 CPU용 이미지를 실행합니다.`,
          );
  return run({ id: 'pull', verdict: pull }, image.environment);
}
