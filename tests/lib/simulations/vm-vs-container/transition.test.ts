import { describe, expect, it } from 'vitest';
import {
  bootSeconds,
  costs,
  createInitialState,
  facts,
  finishedState,
  isBooting,
  narrate,
  timeScale,
  transcript,
  transition,
  unitsOf,
  type VmVsContainerEvent,
  type VmVsContainerState,
} from '@/lib/simulations/vm-vs-container';

const initial = createInitialState();
const start = (state: VmVsContainerState, kind: 'vm' | 'container', now = 0) => transition(state, { type: 'start', kind }, now);
const tick = (state: VmVsContainerState, now: number) => transition(state, { type: 'tick' }, now);
/** Real milliseconds for a number of simulated seconds. */
const ms = (seconds: number) => (seconds * 1000) / timeScale;
const text = (sentence: string) => sentence.replace(/\u00a0/g, ' ');

describe('the figures', () => {
  it('are the typical examples the widget labels: a VM in GB booting in tens of seconds, a container in tens of MB starting well under a second', () => {
    expect(facts.vm.diskBytes).toBeGreaterThanOrEqual(1e9);
    expect(bootSeconds('vm')).toBeGreaterThanOrEqual(10);
    expect(bootSeconds('vm')).toBeLessThan(60);
    expect(facts.container.sharedDiskBytes).toBeGreaterThanOrEqual(10e6);
    expect(facts.container.sharedDiskBytes).toBeLessThan(100e6);
    expect(bootSeconds('container')).toBeLessThan(1);
  });
});

describe('starting a virtual machine', () => {
  it('boots stage by stage and tells each stage, then tells what it took', () => {
    let state = start(initial, 'vm', 0);
    expect(text(narrate(state))).toBe(
      '가상 머신 A를 켭니다. 앱을 실행하기 전에 게스트 운영체제를 처음부터 부팅해야 합니다. 메모리 2 GB를 이 가상 머신에 미리 떼어 줍니다.',
    );
    expect(costs(state, 'vm').memoryBytes).toBe(2e9);
    const told: string[] = [];
    for (const stage of facts.vm.stages.slice(0, -1)) {
      state = tick(state, ms(stage.until));
      told.push(narrate(state));
    }
    expect(told).toEqual(facts.vm.stages.slice(1).map((stage) => `가상 머신 A: ${stage.doing}`));
    expect(isBooting(state)).toBe(true);
    state = tick(state, ms(bootSeconds('vm')));
    expect(isBooting(state)).toBe(false);
    expect(text(narrate(state))).toBe('가상 머신 A에서 앱이 시작했습니다. 운영체제 전체를 부팅하느라 약 30초 걸렸습니다. 지금 가상 머신 1대가 메모리 2 GB, 디스크 10 GB를 씁니다.');
  });

  it('a tick in which nothing reaches a new stage returns the same state', () => {
    const state = start(initial, 'vm', 0);
    expect(tick(state, ms(1))).toBe(state);
  });
});

describe('starting containers', () => {
  it('boots nothing, is running within a second, and shares one image on disk', () => {
    let state = start(initial, 'container', 0);
    expect(narrate(state)).toContain('부팅할 운영체제가 없으므로');
    state = tick(state, ms(1));
    expect(isBooting(state)).toBe(false);
    expect(narrate(state)).toContain('약 0.5초 걸렸습니다');
    state = tick(start(start(state, 'container', ms(2)), 'container', ms(2)), ms(10));
    const cost = costs(state, 'container');
    expect(cost).toMatchObject({ count: 3, running: 3, kernels: 0, memoryBytes: 300e6 });
    expect(cost.diskBytes).toBe(facts.container.sharedDiskBytes + 3 * facts.container.diskBytes);
  });

  it('a VM costs more than a container on every count', () => {
    const state = tick(start(start(initial, 'vm'), 'container'), ms(60));
    const vm = costs(state, 'vm');
    const container = costs(state, 'container');
    expect(vm.memoryBytes).toBeGreaterThan(container.memoryBytes * 10);
    expect(vm.diskBytes).toBeGreaterThan(container.diskBytes * 10);
    expect(vm.startSeconds).toBeGreaterThan(container.startSeconds * 10);
    expect([vm.kernels, container.kernels]).toEqual([1, 0]);
  });
});

describe('stop and reset', () => {
  it('stop removes the newest unit of that kind and gives its letter back', () => {
    let state = start(start(initial, 'vm'), 'vm');
    state = transition(state, { type: 'stop', kind: 'vm' }, 1);
    expect(unitsOf(state, 'vm').map((unit) => unit.app)).toEqual(['A']);
    expect(text(narrate(state))).toBe('가상 머신 B를 껐습니다. 이 가상 머신에 떼어 두었던 메모리 2 GB가 호스트로 돌아옵니다.');
    state = start(state, 'vm', 2);
    expect(unitsOf(state, 'vm').map((unit) => unit.app)).toEqual(['A', 'B']);
  });

  it('reset empties both sides', () => {
    const state = transition(start(initial, 'container'), { type: 'reset' }, 1);
    expect(state).toEqual({ units: [], step: { type: 'reset' } });
  });
});

describe('rejected events return the same state object', () => {
  const fullOfVms = () => [0, 1, 2, 3].reduce((state) => start(state, 'vm'), initial);
  const rows: Array<[string, () => VmVsContainerState, VmVsContainerEvent]> = [
    ['a fifth virtual machine', fullOfVms, { type: 'start', kind: 'vm' }],
    ['stopping a container when there is none', fullOfVms, { type: 'stop', kind: 'container' }],
    ['a tick with nothing booting', () => initial, { type: 'tick' }],
    ['resetting the initial state', () => initial, { type: 'reset' }],
  ];
  it.each(rows)('%s', (_, given, event) => {
    const before = given();
    expect(transition(before, event, 5)).toBe(before);
  });
});

describe('the tour', () => {
  it('ends as the chapter’s diagram: two apps in VMs and three in containers, all running', () => {
    const state = finishedState();
    expect(costs(state, 'vm')).toMatchObject({ count: 2, running: 2 });
    expect(costs(state, 'container')).toMatchObject({ count: 3, running: 3 });
  });

  it('tells what a start involves once per kind, and every finished start', () => {
    const lines = transcript();
    expect(lines.filter((line) => line.includes('를 켭니다'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('를 시작합니다'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('앱이 시작했습니다'))).toHaveLength(5);
  });
});
