// The registry in miniature. Names other than the official images are made up, and every pull
// count, date and size is an illustrative example (the widget says so), not a measurement.

export type LayerKey = 'os' | 'ruby' | 'libs' | 'gems' | 'app10' | 'app11';

export type Layer = {
  /** Shortened digest, as `docker push` and `docker pull` print it. */
  id: string;
  label: string;
  sizeMB: number;
};

export const layers: Readonly<Record<LayerKey, Layer>> = {
  os: { id: '8a1e25ce7c4f', label: '리눅스 기본 파일 (Debian 13)', sizeMB: 28 },
  ruby: { id: '3f9b1c0d2e7a', label: 'Ruby 3.4', sizeMB: 42 },
  libs: { id: 'c41d7e9a0b25', label: '글꼴과 라이브러리', sizeMB: 60 },
  gems: { id: '5e2f8a63d1c9', label: '젬(gem)', sizeMB: 38 },
  app10: { id: '9b7c04e1f3a6', label: '앱 코드 1.0', sizeMB: 4 },
  app11: { id: 'e05a3d9c7b12', label: '앱 코드 1.1', sizeMB: 4 },
};

/**
 * The official base image the team's Dockerfile starts FROM, with its full tag: Ruby 3.4 (in normal
 * maintenance in December 2026), the slim variant, on Debian 13 "trixie". A shorter tag such as
 * `ruby:3.4-slim` moves to a new Debian release by itself.
 */
export const baseImage = 'ruby:3.4-slim-trixie';
/** Where the base image lives on Docker Hub: official images are the `library` namespace. */
export const baseRepository = 'library/ruby';
export const baseLayers: readonly LayerKey[] = ['os', 'ruby'];

export const repository = 'myteam/myapp';
export const versions = ['1.0', '1.1'] as const;
export type Version = (typeof versions)[number];

/** Bottom layer first. 1.1 changes only the app code, so it shares every other layer with 1.0. */
export const imageLayers: Readonly<Record<Version, readonly LayerKey[]>> = {
  '1.0': [...baseLayers, 'libs', 'gems', 'app10'],
  '1.1': [...baseLayers, 'libs', 'gems', 'app11'],
};

export type Badge = 'official' | 'verified' | 'none' | 'private';

export type Listing = {
  name: string;
  badge: Badge;
  publisher: string;
  summary: string;
  /** Example figures, shown with a label that says so. */
  pulls: string;
  updated: string;
  tags: readonly string[];
  /** Why this one is a risk; only for images nobody vouches for. */
  risks?: readonly string[];
};

export const badgeLabels: Readonly<Record<Badge, string>> = {
  official: 'Docker 공식 이미지',
  verified: '검증된 게시자',
  none: '표시 없음',
  private: '비공개',
};

export const listings: readonly Listing[] = [
  {
    name: 'ruby',
    badge: 'official',
    publisher: 'Docker 공식 이미지 팀 (library)',
    summary: 'Ruby 언어의 공식 이미지',
    pulls: '10억+',
    updated: '3일 전',
    tags: ['4.0', '3.4', '3.4-slim-trixie'],
  },
  {
    name: 'acmecloud/ruby-runtime',
    badge: 'verified',
    publisher: 'Acme Cloud (Docker가 확인한 회사)',
    summary: '회사가 자기 클라우드용으로 관리하는 Ruby 이미지',
    pulls: '500만+',
    updated: '2주 전',
    tags: ['3.4', '3.4-fips'],
  },
  {
    name: 'rubyfast/ruby-turbo',
    badge: 'none',
    publisher: '알 수 없음',
    summary: '“설정 없이 두 배 빠른 Ruby”',
    pulls: '8만+',
    updated: '3년 전',
    tags: ['latest'],
    risks: [
      '누가 올렸는지 확인된 적이 없습니다. 공식 이미지나 검증된 게시자 표시가 없습니다.',
      '이미지를 만든 Dockerfile과 소스가 공개되어 있지 않아 안에 무엇이 들었는지 알 수 없습니다. 암호 화폐 채굴 프로그램 같은 악성 코드가 숨어 있어도 모릅니다.',
      '3년 동안 업데이트되지 않아, 그사이 알려진 보안 취약점이 고쳐지지 않은 채 남아 있을 수 있습니다.',
      '내려받기 횟수가 많다고 안전하다는 뜻은 아닙니다.',
    ],
  },
  {
    name: 'postgres',
    badge: 'official',
    publisher: 'Docker 공식 이미지 팀 (library)',
    summary: 'PostgreSQL 데이터베이스의 공식 이미지',
    pulls: '10억+',
    updated: '5일 전',
    tags: ['18', '17'],
  },
  {
    name: 'nginx',
    badge: 'official',
    publisher: 'Docker 공식 이미지 팀 (library)',
    summary: '웹 서버 nginx의 공식 이미지',
    pulls: '10억+',
    updated: '1주 전',
    tags: ['stable', 'mainline', 'latest'],
  },
];

export type MachineId = 'lead' | 'minji' | 'junho';

export const machineNames: Readonly<Record<MachineId, string>> = {
  lead: '팀장',
  minji: '민지',
  junho: '준호',
};

export const teammates: readonly MachineId[] = ['minji', 'junho'];

export const sizeOf = (keys: readonly LayerKey[]) => keys.reduce((total, key) => total + layers[key].sizeMB, 0);
