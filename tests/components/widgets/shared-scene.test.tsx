import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Orchestrator } from '@/components/widgets/orchestrator/orchestrator';

function statusValue(term: string) {
  const dt = screen.getAllByText(term).find((el) => el.tagName === 'DT');
  return dt?.nextElementSibling?.textContent ?? '';
}

beforeEach(() => {
  // jsdom has no matchMedia; widgets ask it about reduced motion.
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({ matches: false, media: query, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('a shared scene in the URL', () => {
  it('opens the orchestrator paused at the sent moment, and only the widget it names', () => {
    // At 0 s the load rose to 400 rps, then the clock ran 12 s: the autoscaler has added pods.
    window.history.replaceState(null, '', '/learn/kubernetes?scene=orchestrator-scaling.1.12_0l400#orchestrator-scaling');
    render(
      <>
        <Orchestrator scene="scaling" />
        <Orchestrator scene="healing" />
      </>,
    );
    const [scaling, healing] = screen.getAllByRole('figure');
    expect(within(scaling!).getByText(/공유받은 장면을 그대로 열었습니다/)).toHaveAttribute('role', 'status');
    expect(within(scaling!).getByRole('slider')).toHaveAttribute('aria-valuetext', '초당 400건');
    expect(within(scaling!).getByRole('button', { name: '재생' })).toBeInTheDocument();
    expect(statusValue('레플리카(준비/의도)')).not.toBe('2/2개');
    expect(within(healing!).queryByText(/공유받은 장면/)).toBeNull();
  });

  it.each([
    ['orchestrator-scaling.1.nonsense', '링크가 올바르지 않아'],
    ['orchestrator-scaling.0.12', '예전 형식의 링크라'],
    ['orchestrator-scaling.7.12', '이 페이지보다 새 형식의 링크라'],
    ['orchestrator-scaling.1.30_1d3_2f1', '링크가 올바르지 않아'],
  ])('ignores %s with a polite note and shows the usual start', (value, note) => {
    window.history.replaceState(null, '', `/learn/kubernetes?scene=${value}`);
    render(<Orchestrator scene="scaling" />);
    expect(screen.getByText(new RegExp(note))).toHaveAttribute('role', 'status');
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', '초당 70건');
  });
});

describe('printing the orchestrator', () => {
  it('adds the still figure and transcript only while printing, keeping the reader’s live state', () => {
    render(<Orchestrator scene="scaling" />);
    fireEvent.change(screen.getByRole('slider'), { target: { value: '300' } });
    expect(screen.queryByText(/시점의 모습입니다/)).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText(/시점의 모습입니다/)).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByText(/시점의 모습입니다/)).toBeNull();
    expect(screen.getByRole('slider')).toHaveAttribute('aria-valuetext', '초당 300건');
  });
});
