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
// The app's own start-up time is the same in both and is left out.

export type Kind = 'vm' | 'container';

export const GB = 1_000_000_000;
export const MB = 1_000_000;

export type Stage = { doing: string; label: string; until: number };

export type KindFacts = {
  name: string;
  /** What has to boot before the app can start. */
  boots: string;
  stages: readonly Stage[];
  memoryBytes: number;
  /** Disk a unit adds: a VM's own virtual disk; a container's own writable layer. */
  diskBytes: number;
  /** Disk shared by every unit of the kind, once: the image for containers. */
  sharedDiskBytes: number;
  max: number;
};

export const facts: Record<Kind, KindFacts> = {
  vm: {
    name: '가상 머신',
    boots: '게스트 운영체제 전체(자기 커널 포함)',
    stages: [
      { label: '가상 하드웨어 켜기', doing: '가상 하드웨어와 펌웨어를 켜는 중입니다.', until: 3 },
      { label: '게스트 커널 부팅', doing: '게스트 운영체제의 커널을 부팅하는 중입니다.', until: 12 },
      { label: '운영체제 서비스 시작', doing: '게스트 운영체제의 서비스를 하나씩 시작하는 중입니다.', until: 28 },
      { label: '앱 시작', doing: '앱을 시작하는 중입니다.', until: 30 },
    ],
    memoryBytes: 2 * GB,
    diskBytes: 10 * GB,
    sharedDiskBytes: 0,
    max: 4,
  },
  container: {
    name: '컨테이너',
    boots: '없음(호스트의 커널을 함께 씀)',
    stages: [
      { label: '격리된 프로세스 만들기', doing: '호스트 커널에 격리된 프로세스를 만드는 중입니다.', until: 0.3 },
      { label: '앱 시작', doing: '앱을 시작하는 중입니다.', until: 0.5 },
    ],
    memoryBytes: 100 * MB,
    diskBytes: 2 * MB,
    sharedDiskBytes: 80 * MB,
    max: 4,
  },
};

/** The machine both run on. */
export const host = { memoryBytes: 16 * GB, diskBytes: 512 * GB };

/** Simulated seconds per real second: a VM's 30-second boot plays in 3 seconds. */
export const timeScale = 10;

export function bootSeconds(kind: Kind): number {
  const stages = facts[kind].stages;
  return stages[stages.length - 1]?.until ?? 0;
}

/** "2 GB", "80 MB", with a no-break space so a number never wraps away from its unit. */
export function formatBytes(bytes: number): string {
  if (bytes >= GB) return `${Number((bytes / GB).toFixed(1))}\u00a0GB`;
  return `${Math.round(bytes / MB)}\u00a0MB`;
}
