import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Orchestrator } from '@/components/widgets/orchestrator/orchestrator';
import { mockMatchMedia } from './match-media';
import { narration, spoken } from './widget-queries';

function podRows() {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

function statusValue(term: string | RegExp) {
  const dt = screen.getAllByText(term).find((el) => el.tagName === 'DT');
  return dt?.nextElementSibling?.textContent ?? '';
}

// user-event's pointer simulation waits on real timers; with the simulation's fake clock, plain
// DOM events are enough here (keyboard use is covered by the browser test).
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

async function seconds(n: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(n * 1000);
  });
}

describe('Orchestrator', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    mockMatchMedia(false);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it('the service line counts the ready pods from the first moment, before any traffic has flowed', () => {
    render(<Orchestrator scene="scaling" />);
    expect(statusValue('레플리카(준비/의도)')).toBe('2/2개');
    expect(screen.getByRole('figure')).toHaveTextContent('초당 70건 → 준비된 파드 2개');
  });

  it('scales out when the reader raises the load, showing both CPU figures and why they differ', async () => {
    render(<Orchestrator scene="scaling" />);
    const slider = screen.getByRole('slider', { name: /부하/ });
    fireEvent.change(slider, { target: { value: '400' } });
    expect(slider).toHaveAttribute('aria-valuetext', '초당 400건');
    expect(narration()).toMatch(/부하가 초당 400건으로 늘었습니다/);
    await seconds(6);
    expect(statusValue('CPU(준비된 파드 평균)')).toBe('200%');
    expect(statusValue(/HPA 계산값/)).not.toBe('200%');
    expect(screen.getByText(/HPA는 늘릴지 정할 때 아직 준비되지 않은 파드 \d+개를 0%로 칩니다/)).toBeInTheDocument();
    await seconds(15);
    expect(podRows().length).toBeGreaterThan(6);
    expect(statusValue('레플리카(준비/의도)')).toMatch(/^(\d+)\/\1개$/);
  });

  it('이전 단계 takes the cluster back to the moment before the last action, and waits there', async () => {
    render(<Orchestrator scene="scaling" />);
    const slider = screen.getByRole('slider', { name: /부하/ });
    fireEvent.change(slider, { target: { value: '400' } });
    await seconds(25);
    expect(podRows().length).toBeGreaterThan(2);
    click('이전 단계');
    expect(slider).toHaveAttribute('aria-valuetext', '초당 70건');
    expect(podRows()).toHaveLength(2);
    expect(screen.getByRole('button', { name: '재생' })).toBeInTheDocument();
    await seconds(10);
    expect(podRows()).toHaveLength(2);
  });

  it('kills a container (same pod, one more restart) and deletes a pod (a new pod, a new name)', async () => {
    render(<Orchestrator scene="healing" />);
    const picker = () => screen.getByRole('combobox', { name: '대상 파드' }) as HTMLSelectElement;
    const pod = picker().value;
    click('컨테이너 강제 종료');
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    expect(row(pod)).toHaveTextContent('Error');
    expect(narration()).not.toContain(pod);
    await seconds(4);
    expect(row(pod)).toHaveTextContent(/1\/1\s*Running\s*1/);

    const before = podRows().map((r) => r.firstElementChild!.textContent);
    const doomed = picker().value;
    click('파드 삭제');
    expect(row(doomed)).toHaveTextContent('Terminating');
    expect(narration()).toMatch(/새 이름의 파드/);
    await seconds(6);
    const after = podRows().map((r) => r.firstElementChild!.textContent);
    expect(after).not.toContain(doomed);
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
    expect(statusValue('레플리카(준비/의도)')).toBe('3/3개');
  });

  it('takes a node down: unnoticed at first, then NotReady, then its pods evicted and replaced elsewhere', async () => {
    render(<Orchestrator scene="healing" />);
    click('node-2 끄기');
    expect(narration()).toMatch(/node-2의 전원이 꺼졌습니다. 컨트롤 플레인은 아직 모릅니다/);
    // One announcement per reader action, at once; the screen and the live region agree.
    expect(spoken()).toBe(narration());
    expect(
      screen.getByText('시간은 줄여서 보여 줍니다. 실제 클러스터에서 5분 걸리는 일이 여기서는 30초입니다.'),
    ).toBeInTheDocument();
    expect(screen.getByText('노드 NotReady 판정: 실제 50초, 여기 5초')).toBeInTheDocument();
    await seconds(6);
    expect(narration()).toMatch(/node-2가 유예 시간 동안 응답하지 않아, 노드 수명 주기 컨트롤러가 NotReady로 판정했습니다/);
    await seconds(33);
    const nodes = podRows()
      .filter((r) => !r.textContent!.includes('Terminating'))
      .map((r) => r.lastElementChild!.textContent);
    expect(nodes).not.toContain('node-2');
    expect(statusValue('레플리카(준비/의도)')).toBe('3/3개');
    expect(screen.getByRole('button', { name: 'node-2 켜기' })).toBeInTheDocument();
  });

  it('with every node off, offers no pod to pick and disables the pod actions instead of an empty select', () => {
    render(<Orchestrator scene="healing" />);
    click('node-1 끄기');
    click('node-2 끄기');
    click('node-3 끄기');
    expect(narration()).toContain('켜져 있는 노드가 하나도 남지 않았습니다');
    // Pods on stopped machines can still be deleted (they stay Terminating), but no container can be killed.
    expect(screen.getByRole('button', { name: '컨테이너 강제 종료' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('rolls out v2 with zero failed requests, stalls on v3, shows desired and running images apart, and rolls back', async () => {
    render(<Orchestrator scene="rollout" />);
    click('v2 배포');
    await seconds(30);
    expect(podRows().every((r) => r.textContent!.startsWith('web-84c5b-'))).toBe(true);
    expect(statusValue('실패한 요청')).toBe('0건');
    expect(narration()).toMatch(/롤아웃이 끝났습니다/);

    click('고장 난 v3 배포');
    await seconds(16);
    expect(narration()).toMatch(/준비성 프로브를 통과하지 못해/);
    expect(statusValue('의도한 이미지')).toBe('myteam/myapp:1.2');
    expect(statusValue('실행 중인 파드')).toBe('myteam/myapp:1.1 4개 · myteam/myapp:1.2 1개');
    const rollback = screen.getByRole('button', { name: '롤백' });
    expect(rollback).toHaveAccessibleDescription(/지금 누르면 myteam\/myapp:1.1을 다시 배포합니다/);
    click('롤백');
    expect(narration()).toMatch(/준비되지 못한 myteam\/myapp:1.2 파드 1개는 요청을 받지 않으므로 바로 정리합니다/);
    expect(rollback).toHaveAccessibleDescription(/myteam\/myapp:1.2\(준비되지 못하는 고장 난 버전\)을 다시 배포합니다/);
    await seconds(6);
    expect(statusValue('의도한 이미지')).toBe('myteam/myapp:1.1');
    expect(podRows().every((r) => r.textContent!.startsWith('web-84c5b-'))).toBe(true);
    expect(statusValue('실패한 요청')).toBe('0건');
  });

  it('plays, pauses, steps and resets; reset forgets a shared scene in the address', () => {
    window.history.replaceState(null, '', '/learn/kubernetes?scene=orchestrator-sandbox.1.3_0l300#orchestrator-sandbox');
    render(<Orchestrator scene="sandbox" />);
    expect(screen.getByText(/공유받은 장면을 그대로 열었습니다/)).toBeInTheDocument();
    click('재생');
    act(() => vi.advanceTimersByTime(3000));
    click('일시 정지');
    expect(screen.getByText(/최근 6초 동안/)).toBeInTheDocument();
    click('1초 진행');
    expect(screen.getByText(/최근 7초 동안/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: '속도' }), { target: { value: '4' } });
    click('처음부터');
    expect(screen.getByText(/아직 기록이 없습니다/)).toBeInTheDocument();
    expect(screen.queryByText(/공유받은 장면/)).toBeNull();
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#orchestrator-sandbox');
  });

  it('renders a still figure and transcript on the server, without controls', () => {
    const html = renderToString(<Orchestrator scene="rollout" />);
    expect(html).toContain('<figure');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('롤백합니다');
    expect(html).toContain('시간은 줄여서 보여 줍니다');
    expect(html).not.toContain('<button');
  });
});
