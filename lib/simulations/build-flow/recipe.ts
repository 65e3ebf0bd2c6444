// The Dockerfile of the chapter's Rails app (content/chapters/container.mdx), one instruction a line.
// Sizes and times are typical of a laptop on a home connection, rounded; not measured on any one
// machine. What matters is their proportion: pulling and installing take a minute or two, copying
// a few files takes a moment, and a step taken from the cache takes no time at all.

export type Edit = {
  /** What the reader changes, as a button label: "Ruby 버전 바꾸기". */
  label: string;
  /** The sentence that reports the edit for the new revision (particles depend on the words). */
  done: (revision: number) => string;
};

/**
 * What an instruction does to the image, as BuildKit builds it: FROM starts from a base image,
 * RUN, COPY and WORKDIR (it creates the folder) are build steps that add a layer, and EXPOSE and CMD
 * only record a setting in the image's configuration: no step, no layer.
 */
export type Kind = 'from' | 'layer' | 'setting';

export type Instruction = {
  kind: Kind;
  /** The instruction as the Dockerfile shows it for a given edit revision. */
  text: (revision: number) => string;
  /**
   * What the build cache compares. Docker compares the instruction text and, for COPY, a checksum
   * of the copied files, so editing a copied file changes the key without changing the text.
   */
  content: (revision: number) => string;
  /** Bytes the step adds to the image (for FROM: the base image as it sits on disk). */
  sizeBytes: number;
  /** Simulated milliseconds the step takes when it is not cached (for FROM: the pull). */
  ms: number;
  /** What the step is for, in one short Korean phrase. */
  purpose: string;
  edit?: Edit;
};

// The chapter's Dockerfile starts from ruby:3.4-slim-trixie; the edit switches to 3.3 (still in
// security maintenance until March 2027) and back.
const rubyVersions = ['3.4', '3.3'] as const;
export const rubyVersion = (revision: number) => rubyVersions[revision % rubyVersions.length] ?? '3.4';

const KB = 1_000;
const MB = 1_000_000;

export const recipe: readonly Instruction[] = [
  {
    kind: 'from',
    text: (r) => `FROM ruby:${rubyVersion(r)}-slim-trixie`,
    // Going back to a version pulled before is a cache hit, as it is in Docker.
    content: (r) => `ruby:${rubyVersion(r)}-slim-trixie`,
    sizeBytes: 220 * MB,
    ms: 9_000,
    purpose: 'Ruby가 든 베이스 이미지',
    edit: {
      label: 'Ruby 버전 바꾸기',
      done: (r) => `베이스 이미지를 ruby:${rubyVersion(r)}-slim-trixie(트릭시)로 바꿨습니다.`,
    },
  },
  {
    kind: 'layer',
    text: () => 'RUN apt-get update && apt-get install -y build-essential libpq-dev libyaml-dev fonts-noto-cjk',
    content: () => 'apt',
    sizeBytes: 330 * MB,
    ms: 42_000,
    purpose: '빌드 도구, 데이터베이스 라이브러리, 한글 글꼴',
  },
  {
    kind: 'layer',
    text: () => 'WORKDIR /rails',
    content: () => 'workdir',
    sizeBytes: 0,
    ms: 0,
    purpose: '작업 폴더(빈 폴더 하나)',
  },
  {
    kind: 'layer',
    text: () => 'COPY Gemfile Gemfile.lock ./',
    // Every edit of the Gemfile is new content; nobody edits it back byte for byte.
    content: (r) => `gemfile-${r}`,
    sizeBytes: 8 * KB,
    ms: 100,
    purpose: '젬(gem) 목록',
    edit: { label: 'Gemfile에 젬 추가', done: () => 'Gemfile에 젬을 하나 추가했습니다.' },
  },
  {
    kind: 'layer',
    text: () => 'RUN bundle install',
    content: () => 'bundle',
    sizeBytes: 110 * MB,
    ms: 80_000,
    purpose: '젬 설치',
  },
  {
    kind: 'layer',
    text: () => 'COPY . .',
    content: (r) => `app-${r}`,
    sizeBytes: 3 * MB,
    ms: 300,
    purpose: '앱 코드',
    edit: { label: '앱 코드 고치기', done: () => '앱 코드를 고쳤습니다.' },
  },
  {
    kind: 'setting',
    text: () => 'EXPOSE 3000',
    content: () => 'expose',
    sizeBytes: 0,
    ms: 0,
    purpose: '앱이 듣는 포트(설정만 기록)',
  },
  {
    kind: 'setting',
    text: () => 'CMD ["bin/rails", "server", "-b", "0.0.0.0"]',
    content: () => 'cmd',
    sizeBytes: 0,
    ms: 0,
    purpose: '시작 명령(설정만 기록)',
  },
];

export const imageName = 'rails-app';

/** The port the app listens on inside the container (EXPOSE 3000, Rails' default). */
export const containerPort = 3000;

/** Recipe lines that are build steps (`[n/6]` in BuildKit's output), in order. */
export const stepLines: readonly number[] = recipe.flatMap((instruction, line) => (instruction.kind === 'setting' ? [] : [line]));

/** Lines the reader may edit, in recipe order. */
export const editableLines: readonly number[] = recipe.flatMap((instruction, line) => (instruction.edit ? [line] : []));

/** Simulated milliseconds of "exporting to image" when the build made at least one new layer. */
export const exportMs = 2_000;
