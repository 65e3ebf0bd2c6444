// The three computers of the Docker chapter and what is installed on each, matching the chapter's
// still table. The app is the chapter's Rails app; what it needs is real:
// - Rails 8.0 requires Ruby 3.2.0 or newer
//   (https://guides.rubyonrails.org/8_0_release_notes.html, "Rails 8.0 requires Ruby 3.2.0 or newer").
// - Active Storage makes image variants with libvips through the ruby-vips gem, which loads the
//   libvips shared library when the first variant is made
//   (https://guides.rubyonrails.org/active_storage_overview.html#requirements).
// - The app's migration uses a unique index with NULLS NOT DISTINCT, new in PostgreSQL 15
//   (https://www.postgresql.org/docs/15/release-15.html); Rails' pg adapter connects to PostgreSQL only.
// - A PDF with Korean text needs a Korean font on the machine that makes it; without one the text
//   comes out as empty boxes.
// With Docker the app runs from one image that carries its Ruby, libvips and font, and the database
// runs from the official postgres image (https://hub.docker.com/_/postgres), so nothing installed
// on the host matters except Docker itself, and nothing is installed when it runs: each machine
// pulls the image and starts it. One thing of the machine's still matters, its CPU: a container
// runs on the host's kernel and CPU, so an image must have a variant for that CPU or run under
// emulation (https://docs.docker.com/build/building/multi-platform/: "you can't run a linux/amd64
// container on an arm64 host (without using emulation)"). Docker Desktop on Mac and Windows ships
// the QEMU emulation; Docker Engine on a Linux server does not emulate until it is set up (binfmt).

export type MachineId = 'mac' | 'windows' | 'server';
export type Item = 'ruby' | 'vips' | 'font' | 'database';
export type Environment = Readonly<Record<Item, string>>;

export type Option = { value: string; label: string };

export type Cpu = 'amd64' | 'arm64';

export type Machine = {
  id: MachineId;
  name: string;
  os: string;
  docker: string;
  cpu: Cpu;
  cpuName: string;
  /** Whether its Docker runs images made for another CPU, under emulation, out of the box. */
  emulates: boolean;
  environment: Environment;
};

export const machines: readonly Machine[] = [
  {
    id: 'mac',
    name: '내 맥',
    os: 'macOS',
    docker: 'Docker Desktop',
    cpu: 'arm64',
    cpuName: 'Apple 실리콘',
    emulates: true,
    environment: { ruby: '3.3', vips: '8.16', font: 'yes', database: 'postgres-17' },
  },
  {
    id: 'windows',
    name: '동료의 윈도우 노트북',
    os: 'Windows 11',
    docker: 'Docker Desktop',
    cpu: 'amd64',
    cpuName: 'Intel',
    emulates: true,
    environment: { ruby: '3.1', vips: 'none', font: 'yes', database: 'none' },
  },
  {
    id: 'server',
    name: '운영 서버',
    os: 'Ubuntu 리눅스',
    docker: 'Docker Engine',
    cpu: 'amd64',
    cpuName: 'AMD',
    emulates: false,
    environment: { ruby: '3.2', vips: '8.15', font: 'none', database: 'postgres-15' },
  },
];

export const items: readonly Item[] = ['ruby', 'vips', 'font', 'database'];

/** Korean names of what is installed, and the name with its object particle for the narration. */
export const itemNames: Record<Item, { short: string; object: string }> = {
  ruby: { short: 'Ruby', object: 'Ruby를' },
  vips: { short: '이미지 라이브러리', object: 'libvips를' },
  font: { short: '한글 글꼴', object: '한글 글꼴을' },
  database: { short: '데이터베이스', object: '데이터베이스를' },
};

export const options: Record<Item, readonly Option[]> = {
  ruby: [
    { value: '3.1', label: 'Ruby 3.1' },
    { value: '3.2', label: 'Ruby 3.2' },
    { value: '3.3', label: 'Ruby 3.3' },
    { value: '3.4', label: 'Ruby 3.4' },
  ],
  vips: [
    { value: '8.16', label: 'libvips 8.16' },
    { value: '8.15', label: 'libvips 8.15' },
    { value: 'none', label: '설치 안 됨' },
  ],
  font: [
    { value: 'yes', label: '있음' },
    { value: 'none', label: '없음' },
  ],
  database: [
    { value: 'postgres-17', label: 'PostgreSQL 17' },
    { value: 'postgres-15', label: 'PostgreSQL 15' },
    { value: 'postgres-13', label: 'PostgreSQL 13' },
    { value: 'mysql-8', label: 'MySQL 8.0' },
    { value: 'none', label: '설치 안 됨' },
  ],
};

export function optionLabel(item: Item, value: string): string {
  return options[item].find((option) => option.value === value)?.label ?? value;
}

/** The image everyone runs, and the database container next to it. */
export const image = {
  tag: 'myteam/app:1.0',
  database: 'postgres:17',
  environment: { ruby: '3.3', vips: '8.16', font: 'yes', database: 'postgres-17' } satisfies Environment,
  contents: 'Ruby 3.3, libvips, 나눔 글꼴',
};

export type BuildId = 'multi' | 'arm64' | 'amd64';
export type Build = { id: BuildId; cpus: readonly Cpu[]; label: string; how: string };

/** How the team lead built the image: for both CPUs, or for one only. */
export const builds: readonly Build[] = [
  {
    id: 'multi',
    cpus: ['amd64', 'arm64'],
    label: 'linux/amd64 + linux/arm64 (멀티 플랫폼)',
    how: 'linux/amd64와 linux/arm64용으로 함께',
  },
  { id: 'arm64', cpus: ['arm64'], label: 'linux/arm64만 (맥에서 그냥 빌드)', how: 'Apple 실리콘 맥에서 linux/arm64용으로만' },
  { id: 'amd64', cpus: ['amd64'], label: 'linux/amd64만 (amd64 CI에서 빌드)', how: 'amd64 CI에서 linux/amd64용으로만' },
];

export function build(id: BuildId): Build {
  return builds.find((candidate) => candidate.id === id) as Build;
}

export function machine(id: MachineId): Machine {
  return machines.find((candidate) => candidate.id === id) as Machine;
}
