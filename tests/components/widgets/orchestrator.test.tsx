import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Orchestrator } from '@/components/widgets/orchestrator/orchestrator';

function podRows() {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

function statusValue(term: string) {
  const dt = screen.getAllByText(term).find((el) => el.tagName === 'DT');
  return dt?.nextElementSibling?.textContent ?? '';
}

/** The live narration line (aria-live), which is what a screen reader announces. */
function narration() {
  return document.querySelector('[aria-live="polite"]')?.textContent ?? '';
}

// user-event's pointer simulation waits on real timers; with the simulation's fake clock, plain
// DOM events are enough here (keyboard use is covered by the browser test).
function click(element: HTMLElement) {
  fireEvent.click(element);
}

async function seconds(n: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(n * 1000);
  });
}

describe('Orchestrator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('the service line counts the ready pods from the first moment, before any traffic has flowed', () => {
    render(<Orchestrator scene="scaling" />);
    expect(statusValue('레플리카(준비/의도)')).toBe('2/2개');
    expect(screen.getByRole('figure')).toHaveTextContent('초당 60건 → 준비된 파드 2개');
  });

  it('scales out when the reader raises the load', async () => {
    render(<Orchestrator scene="scaling" />);
    expect(within(screen.getByRole('figure')).getByText(/Horizontal Pod Autoscaler/)).toBeInTheDocument();
    expect(podRows()).toHaveLength(2);
    const slider = screen.getByRole('slider', { name: /부하/ });
    fireEvent.change(slider, { target: { value: '400' } });
    expect(slider).toHaveAttribute('aria-valuetext', '초당 400건');
    expect(narration()).toMatch(/부하가 초당 400건으로 늘었습니다/);
    await seconds(15);
    expect(podRows().length).toBeGreaterThan(6);
    expect(statusValue('레플리카(준비/의도)')).toMatch(/^(\d+)\/\1개$/);
  });

  it('restarts a crashed pod and recreates pods from a failed node', async () => {
    render(<Orchestrator scene="healing" />);
    const pod = (screen.getByRole('combobox', { name: '멈출 파드' }) as HTMLSelectElement).value;
    click(screen.getByRole('button', { name: '파드 멈추기' }));
    const row = () => screen.getByRole('rowheader', { name: pod }).closest('tr')!;
    expect(row()).toHaveTextContent('Error');
    await seconds(6);
    expect(row()).toHaveTextContent(/1\/1\s*Running\s*1/);

    click(screen.getByRole('button', { name: 'node-2 끄기' }));
    expect(narration()).toMatch(/node-2가 멈췄습니다/);
    await seconds(8);
    const nodes = podRows().map((r) => r.lastElementChild!.textContent);
    expect(nodes).not.toContain('node-2');
    expect(statusValue('레플리카(준비/의도)')).toBe('3/3개');
    expect(screen.getByRole('button', { name: 'node-2 켜기' })).toBeInTheDocument();
  });

  it('rolls out v2 with zero failed requests, stalls on v3 and rolls back', async () => {
    render(<Orchestrator scene="rollout" />);
    click(screen.getByRole('button', { name: 'v2 배포' }));
    await seconds(30);
    expect(podRows().every((r) => r.textContent!.startsWith('web-84c5b-'))).toBe(true);
    expect(statusValue('실패한 요청')).toBe('0건');
    expect(narration()).toMatch(/롤아웃이 끝났습니다/);

    click(screen.getByRole('button', { name: '고장 난 v3 배포' }));
    await seconds(16);
    expect(narration()).toMatch(/롤아웃이 멈췄지만/);
    expect(statusValue('이미지')).toBe('web:3.0');
    click(screen.getByRole('button', { name: '롤백' }));
    await seconds(6);
    expect(statusValue('이미지')).toBe('web:2.0');
    expect(podRows().every((r) => r.textContent!.startsWith('web-84c5b-'))).toBe(true);
    expect(statusValue('실패한 요청')).toBe('0건');
  });

  it('plays, pauses, steps and resets', async () => {
    render(<Orchestrator scene="sandbox" />);
    click(screen.getByRole('button', { name: '재생' }));
    await seconds(3);
    click(screen.getByRole('button', { name: '일시 정지' }));
    expect(screen.getByText(/최근 3초 동안/)).toBeInTheDocument();
    click(screen.getByRole('button', { name: '1초 진행' }));
    expect(screen.getByText(/최근 4초 동안/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: '속도' }), { target: { value: '4' } });
    click(screen.getByRole('button', { name: '처음부터' }));
    expect(screen.getByText(/아직 기록이 없습니다/)).toBeInTheDocument();
  });

  it('renders a still figure and transcript on the server, without controls', () => {
    const html = renderToString(<Orchestrator scene="rollout" />);
    expect(html).toContain('<figure');
    expect(html).toContain('이렇게 진행됩니다');
    expect(html).toContain('롤백합니다');
    expect(html).not.toContain('<button');
  });
});
