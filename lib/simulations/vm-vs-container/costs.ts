// Typical example figures, rounded, not measurements of any one machine. They sit inside the
// ranges the sources give, and the widget labels them as examples:
// - Docker, "What is a container?" (https://www.docker.com/resources/what-container/): "Container
//   images are typically tens of MBs in size"; each VM "includes a full copy of an operating system
//   ... taking up tens of GBs", and "VMs can also be slow to boot".
// - Docker docs, "What is a container?" (https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/):
//   each VM is an entire operating system with its own kernel; containers share the host's kernel
//   and start as isolated processes.
// - Memory: a hypervisor gives a VM its memory for the whole guest operating system; 2 GB is a
//   common default for a Linux guest (GNOME Boxes' default, see
//   https://gitlab.com/didrocks/osinfo-db/merge_requests/1). A container uses only what its
//   processes use; a small web app's process in the order of 100 MB is typical.
// - Start: a VM boots firmware, a kernel and the guest's services, commonly tens of seconds; a
//   container whose image is already on the machine starts its process in well under a second.
// - Host: 16 GB is a common size for a developer's machine or a small server; its own operating
//   system and services keep about 1 GB for themselves in this example.
// The app's own start-up time is the same in both and is left out. Each side runs on its own
// identical host, so "가득 채우기" fills one host with one kind; the counts that fit follow from
// these figures alone (capacity below), never from a separate table.

export type Kind = 'vm' | 'container';

export const kinds: readonly Kind[] = ['vm', 'container'];

export const GB = 1_000_000_000;
export const MB = 1_000_000;

/** A boot stage and the simulated millisecond, from the unit's start, at which it is done. */
export type Stage = { label: string; until: number };

export type KindFacts = {
  name: string;
  /** The counter word: 가상 머신 3대, 컨테이너 3개. */
  counter: string;
  /** What has to boot before the app can start. */
  boots: string;
  stages: readonly Stage[];
  memoryBytes: number;
  /** Disk a unit adds: a VM's own virtual disk; a container's own writable layer. */
  diskBytes: number;
  /** Disk shared by every unit of the kind, once: the image for containers. */
  sharedDiskBytes: number;
};

export const facts: Record<Kind, KindFacts> = {
  vm: {
    name: '가상 머신',
    counter: '대',
    boots: '게스트 운영체제 전체(자기 커널 포함)',
    stages: [
      { label: '가상 하드웨어 켜기', until: 3_000 },
      { label: '게스트 커널 부팅', until: 12_000 },
      { label: '운영체제 서비스 시작', until: 28_000 },
      { label: '앱 시작', until: 30_000 },
    ],
    memoryBytes: 2 * GB,
    diskBytes: 10 * GB,
    sharedDiskBytes: 0,
  },
  container: {
    name: '컨테이너',
    counter: '개',
    boots: '없음(호스트의 커널을 공유함)',
    stages: [
      { label: '격리된 프로세스 만들기', until: 300 },
      { label: '앱 시작', until: 500 },
    ],
    memoryBytes: 100 * MB,
    diskBytes: 2 * MB,
    sharedDiskBytes: 80 * MB,
  },
};

/** The machine each side runs on, and what its own operating system keeps for itself. */
export const host = { memoryBytes: 16 * GB, reservedBytes: 1 * GB, diskBytes: 512 * GB };

/** Memory the units of one kind may take: the host's, less its own operating system's. */
export const usableBytes = host.memoryBytes - host.reservedBytes;

/** How many units of a kind fit on one host, by memory (disk never runs out first here). */
export function capacity(kind: Kind): number {
  return Math.floor(usableBytes / facts[kind].memoryBytes);
}

/** Simulated milliseconds until a unit of the kind runs its app. */
export function bootMs(kind: Kind): number {
  return facts[kind].stages.at(-1)?.until ?? 0;
}

/** "30초", "0.5초": seconds with at most one decimal. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))}초`;
}

/** "2 GB", "80 MB", with a no-break space so a number never wraps away from its unit. */
export function formatBytes(bytes: number): string {
  if (bytes >= GB) return `${Number((bytes / GB).toFixed(1))}\u00a0GB`;
  return `${Math.round(bytes / MB)}\u00a0MB`;
}
