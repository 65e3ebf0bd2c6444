// The Dockerfile of the chapter's Rails app. Sizes and times are illustrative, chosen so the
// difference between a cold and a cached build is obvious, not measured on a real machine.

export type Edit = {
  /** What the reader changes, as a button label: "Ruby 버전 바꾸기". */
  label: string;
  /** What the changed ingredient is called: "Ruby 버전". */
  ingredient: string;
  /** The sentence that reports the edit for the new revision (particles depend on the words). */
  done: (revision: number) => string;
};

export type Instruction = {
  /** The instruction as shown in the Dockerfile for a given edit revision. */
  text: (revision: number) => string;
  /**
   * What the build cache compares. Docker compares the instruction text and, for COPY, the
   * checksum of the copied files, so editing a copied file changes the key without changing the text.
   */
  content: (revision: number) => string;
  sizeBytes: number;
  seconds: number;
  /** Why this layer exists, in one short Korean phrase. */
  purpose: string;
  edit?: Edit;
};

const rubyVersions = ['3.3', '3.4'] as const;
const rubyVersion = (revision: number) => rubyVersions[revision % rubyVersions.length] ?? '3.3';

const KB = 1_000;
const MB = 1_000_000;

export const recipe: readonly Instruction[] = [
  {
    text: (r) => `FROM ruby:${rubyVersion(r)}`,
    // Going back to a version already built is a cache hit, as it is in Docker.
    content: (r) => `ruby:${rubyVersion(r)}`,
    sizeBytes: 1_000 * MB,
    seconds: 20,
    purpose: '베이스 이미지(리눅스 기본 파일과 Ruby)',
    edit: {
      label: 'Ruby 버전 바꾸기',
      ingredient: 'Ruby 버전',
      done: (r) => `Ruby 버전을 ${rubyVersion(r) === '3.4' ? '3.4로' : '3.3으로'} 바꿨습니다.`,
    },
  },
  {
    text: () => 'RUN apt-get update && apt-get install -y fonts-noto-cjk libpq-dev',
    content: () => 'apt',
    sizeBytes: 180 * MB,
    seconds: 45,
    purpose: '글꼴과 데이터베이스 라이브러리',
  },
  {
    text: () => 'WORKDIR /app',
    content: () => 'workdir',
    sizeBytes: 0,
    seconds: 0,
    purpose: '작업 폴더 설정',
  },
  {
    text: () => 'COPY Gemfile Gemfile.lock ./',
    // Every edit of the Gemfile is new content; nobody edits it back byte for byte.
    content: (r) => `gemfile-${r}`,
    sizeBytes: 10 * KB,
    seconds: 1,
    purpose: '젬(gem) 목록',
    edit: { label: 'Gemfile에 젬 추가', ingredient: 'Gemfile', done: () => 'Gemfile에 젬을 하나 추가했습니다.' },
  },
  {
    text: () => 'RUN bundle install',
    content: () => 'bundle',
    sizeBytes: 150 * MB,
    seconds: 60,
    purpose: '젬 설치',
  },
  {
    text: () => 'COPY . .',
    content: (r) => `app-${r}`,
    sizeBytes: 5 * MB,
    seconds: 1,
    purpose: '앱 코드',
    edit: { label: '앱 코드 고치기', ingredient: '앱 코드', done: () => '앱 코드를 고쳤습니다.' },
  },
  {
    text: () => 'CMD ["bin/rails", "server", "-b", "0.0.0.0"]',
    content: () => 'cmd',
    sizeBytes: 0,
    seconds: 0,
    purpose: '시작 명령(설정만 기록)',
  },
];

export const imageName = 'rails-app';

/** Lines the reader may edit, in recipe order. */
export const editableLines: readonly number[] = recipe.flatMap((instruction, line) => (instruction.edit ? [line] : []));
