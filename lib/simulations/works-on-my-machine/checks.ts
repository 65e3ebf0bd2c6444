import { image, type Environment, type Item } from './machines';

// Running the app is four steps in order, each needing one thing from the machine. A failed install
// or an unreachable database stops the run (there is no app to try); the two features fail on
// their own: the app runs, but a thumbnail errors (libvips is loaded when the first one is made)
// or the PDF comes out wrong.

export type CheckId = 'install' | 'database' | 'thumbnail' | 'pdf';
export type CheckStatus = 'ok' | 'fail' | 'skipped';
export type Check = { id: CheckId; item: Item; status: CheckStatus; reason: string | null };
export type Outcome = { checks: readonly Check[]; works: boolean; firstFailure: Check | null };

export const checkNames: Record<CheckId, string> = {
  install: '설치 (bundle install)',
  database: '데이터베이스 준비 (db:migrate)',
  thumbnail: '프로필 사진 섬네일 만들기',
  pdf: '한글 PDF 영수증 만들기',
};

const steps: readonly { id: CheckId; item: Item; problem: (value: string) => string | null }[] = [
  {
    id: 'install',
    item: 'ruby',
    problem: (ruby) => (Number(ruby) < 3.2 ? `Ruby ${ruby} 버전이라 Rails 8을 설치하지 못합니다. Rails 8에는 Ruby 3.2 이상이 필요합니다.` : null),
  },
  {
    id: 'database',
    item: 'database',
    problem: (database) => {
      if (database === 'none') return '데이터베이스가 설치되어 있지 않아 연결하지 못합니다.';
      if (database === 'mysql-8') return '앱은 PostgreSQL용으로 만들었는데 이 컴퓨터에는 MySQL이 있어 연결하지 못합니다.';
      if (database === 'postgres-13') return 'PostgreSQL 13은 15 버전부터 생긴 기능(NULLS NOT DISTINCT)을 몰라서 마이그레이션이 실패합니다.';
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

const fatal = new Set<CheckId>(['install', 'database']);

export function runApp(environment: Environment): Outcome {
  const checks: Check[] = [];
  let stopped = false;
  for (const step of steps) {
    if (stopped) {
      checks.push({ id: step.id, item: step.item, status: 'skipped', reason: null });
      continue;
    }
    const reason = step.problem(environment[step.item]);
    checks.push({ id: step.id, item: step.item, status: reason ? 'fail' : 'ok', reason });
    if (reason && fatal.has(step.id)) stopped = true;
  }
  const firstFailure = checks.find((check) => check.status === 'fail') ?? null;
  return { checks, works: firstFailure === null, firstFailure };
}

/** With Docker the machine's own installs are not used: everything comes from the images. */
export const dockerEnvironment: Environment = image.environment;
