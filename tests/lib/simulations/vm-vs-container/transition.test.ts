import { describe, expect, it } from 'vitest';
import { can, replay, replayFinal, type Timed } from '@/lib/simulations/kernel';
import { readScene } from '@/lib/share/scene-link';
import {
  bootMs,
  capacity,
  costs,
  facts,
  host,
  isReady,
  maxSteps,
  unitsOf,
  vmVsContainerClock as clock,
  vmVsContainerCodec as codec,
  vmVsContainerSimulation as simulation,
  type VmVsContainerEvent,
} from '@/lib/simulations/vm-vs-container';

const text = (sentence: string) => sentence.replace(/\u00a0/g, ' ');
const at = (ms: number, event: VmVsContainerEvent): Timed<VmVsContainerEvent> => ({ at: ms, event });
/** Every narration from the first event on, as the clock ticks to `until`. */
const told = (entries: Timed<VmVsContainerEvent>[], until: number) => [
  ...new Set(replay(simulation, entries, { until }).slice(1).map(simulation.narrate)),
];

describe('the figures', () => {
  it('are the typical examples the widget labels: a VM in GB booting in tens of seconds, a container in tens of MB starting well under a second', () => {
    expect(facts.vm.diskBytes).toBeGreaterThanOrEqual(1e9);
    expect(bootMs('vm')).toBeGreaterThanOrEqual(10_000);
    expect(bootMs('vm')).toBeLessThan(60_000);
    expect(facts.container.sharedDiskBytes).toBeGreaterThanOrEqual(10e6);
    expect(facts.container.sharedDiskBytes).toBeLessThan(100e6);
    expect(bootMs('container')).toBeLessThan(1_000);
  });

  it('fit about 7 VMs and about 150 containers on a 16 GB host, from the per-unit costs alone', () => {
    expect(host.memoryBytes).toBe(16e9);
    expect(capacity('vm')).toBe(7);
    expect(capacity('container')).toBe(150);
    expect(capacity('vm')).toBe(Math.floor((host.memoryBytes - host.reservedBytes) / facts.vm.memoryBytes));
  });

  it('say on screen that time is compressed, by the clock’s own ratio', () => {
    expect(clock.step / clock.realMs).toBe(10);
    expect(clock.note).toContain('시간은 10배 빠르게 보여 줍니다');
    expect(clock.note).toContain('화면에서는 3초');
  });
});

describe('one message per reader action', () => {
  it('keeps a container’s “why” sentence after it has booted (it used to be replaced after 86 ms)', () => {
    const sentences = told([at(0, { type: 'start', kind: 'container' })], 5_000);
    expect(sentences.map(text)).toEqual([
      '1번 컨테이너를 시작합니다. 부팅할 운영체제가 없으므로 호스트의 커널 위에 격리된 프로세스 하나를 만들면 되고, 약 0.5초면 앱이 시작합니다. 메모리는 앱의 프로세스가 쓰는 만큼(약 100 MB)만 씁니다.',
    ]);
  });

  it('tells a VM’s boot once, with its time, and not each stage', () => {
    const sentences = told([at(0, { type: 'start', kind: 'vm' })], 40_000);
    expect(sentences.map(text)).toEqual([
      '1번 가상 머신을 켭니다. 앱보다 먼저 게스트 운영체제 전체를 자기 커널부터 부팅해야 해서 약 30초 걸립니다. 메모리 2 GB를 이 가상 머신에 미리 떼어 줍니다.',
    ]);
  });
});

describe('racing the two sides', () => {
  it('starts one of each at the same moment; the container runs after 0.5 s, the VM only after 30 s', () => {
    const raced = simulation.transition(simulation.initial(), { type: 'race' }, 0);
    expect(raced.units.map((unit) => [unit.kind, unit.startedAt])).toEqual([
      ['vm', 0],
      ['container', 0],
    ]);
    const firstReady = (kind: 'vm' | 'container') => {
      let state = raced;
      for (let now = clock.step; now <= 60_000; now += clock.step) {
        state = simulation.transition(state, clock.event, now);
        if (unitsOf(state, kind).every(isReady)) return now;
      }
      return Infinity;
    };
    expect(firstReady('container')).toBe(500);
    expect(firstReady('vm')).toBe(30_000);
    expect(text(simulation.narrate(raced))).toBe(
      '가상 머신과 컨테이너를 동시에 시작했습니다. 컨테이너는 격리된 프로세스 하나라 약 0.5초 만에 앱이 시작하고, 가상 머신은 게스트 운영체제를 부팅하느라 약 30초 걸립니다.',
    );
  });

  it('is refused when either side is full', () => {
    const full = simulation.transition(simulation.initial(), { type: 'fill', kind: 'vm' }, 0);
    expect(can(simulation, full, { type: 'race' }, 0)).toBe(false);
  });
});

describe('filling a host (the 4/4 cap used to hide the scaling story)', () => {
  it('fills one host with 7 VMs and the other with 150 containers, and says why', () => {
    const vms = simulation.transition(simulation.initial(), { type: 'fill', kind: 'vm' }, 0);
    const both = simulation.transition(vms, { type: 'fill', kind: 'container' }, 0);
    expect(costs(both, 'vm').count).toBe(7);
    expect(costs(both, 'container').count).toBe(150);
    expect(costs(both, 'vm').freeBytes).toBe(1e9);
    expect(text(simulation.narrate(vms))).toBe(
      '가상 머신 7대를 한꺼번에 켰습니다. 가상 머신마다 메모리 2 GB를 떼어 주므로, 호스트 운영체제 몫 1 GB를 뺀 15 GB에 7대까지 들어갑니다.',
    );
    expect(text(simulation.narrate(both))).toContain('컨테이너 150개를 한꺼번에 시작했습니다.');
    expect(text(simulation.narrate(both))).toContain('15 GB에 150개가 들어갑니다. 같은 메모리에 가상 머신은 7대입니다.');
    // A full host refuses one more; stopping one makes room for exactly one.
    expect(can(simulation, both, { type: 'start', kind: 'vm' }, 0)).toBe(false);
    const stopped = simulation.transition(both, { type: 'stop', kind: 'container' }, 0);
    expect(text(simulation.narrate(stopped))).toBe(
      '150번 컨테이너를 멈추고 지웠습니다. 이미지는 디스크에 그대로 남아 다음 컨테이너가 다시 씁니다.',
    );
    const refilled = simulation.transition(stopped, { type: 'fill', kind: 'container' }, 0);
    expect(text(simulation.narrate(refilled))).toContain('컨테이너 1개를 더 시작해서 모두 150개입니다.');
  });
});

describe('the lesson', () => {
  it('races, then fills both hosts; the still figure is its end with everything running', () => {
    expect(simulation.transcript()).toHaveLength(4);
    const still = simulation.still();
    expect(costs(still, 'vm')).toMatchObject({ count: 7, running: 7 });
    expect(costs(still, 'container')).toMatchObject({ count: 150, running: 150 });
    expect(simulation.suggest?.(still)).toBeNull();
  });
});

describe('scene links', () => {
  const read = (payload: string) => readScene(`?scene=vm-vs-container.1.${payload}`, 'vm-vs-container', codec);

  it('open the exact moment: a race paused 1.5 s in, then a fill', () => {
    const scene = { entries: [at(0, { type: 'race' }), at(1_500, { type: 'fill', kind: 'vm' })], at: 3_000 };
    expect(codec.encode(scene)).toBe('6_0r_3fv');
    const opened = read('6_0r_3fv');
    expect(opened).toEqual({ status: 'ok', scene });
    const state = replayFinal(simulation, scene.entries, { until: scene.at });
    expect(costs(state, 'vm').count).toBe(7);
    expect(costs(state, 'container').running).toBe(1);
  });

  it.each([
    ['a stop with nothing running', '0_0xv'],
    ['a second fill of a full host', '0_0fv_0fv'],
    ['an event after the scene’s end', '2_3r'],
    ['an unknown code', '0_0zz'],
    ['a time beyond the limit', '99999'],
    ['an empty token', '4__0r'],
  ])('refuse %s politely', (_, payload) => {
    expect(read(payload)).toEqual({ status: 'invalid' });
  });

  it('are not offered for a scene too long to open again', () => {
    const tooLong = { entries: [], at: (maxSteps + 1) * clock.step };
    expect(() => codec.encode(tooLong)).toThrow();
  });

  it('call a link of another format version older or newer, not broken', () => {
    expect(readScene('?scene=vm-vs-container.0.0', 'vm-vs-container', codec)).toEqual({ status: 'outdated' });
    expect(readScene('?scene=vm-vs-container.2.0', 'vm-vs-container', codec)).toEqual({ status: 'newer' });
  });
});
