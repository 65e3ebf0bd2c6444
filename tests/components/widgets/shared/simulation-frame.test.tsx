import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scene, Simulation } from '@/lib/simulations/kernel';
import { parseCount, type SceneCodec } from '@/lib/share/scene-link';
import { SimulationFrame } from '@/components/widgets/shared/simulation-frame';
import { mockMatchMedia } from '../match-media';

// A tiny simulation: a counter the reader raises to three, one step at a time.
type Counter = { count: number };
type CounterEvent = { type: 'add' };
const add: CounterEvent = { type: 'add' };

const codec: SceneCodec<Scene<CounterEvent>> = {
  version: 1,
  encode: (scene) => String(scene.entries.length),
  decode: (payload) => {
    const count = parseCount(payload, 3);
    return count === null ? null : { entries: Array.from({ length: count }, () => ({ at: 0, event: add })), at: 0 };
  },
};

const counter: Simulation<Counter, CounterEvent> = {
  id: 'counter',
  initial: () => ({ count: 0 }),
  transition: (state, event) => (event.type === 'add' && state.count < 3 ? { count: state.count + 1 } : state),
  narrate: (state) => (state.count === 0 ? '아직 아무것도 세지 않았습니다.' : `지금까지 ${state.count}개를 셌습니다.`),
  transcript: () => ['하나를 셉니다.', '둘을 셉니다.', '셋을 셉니다.'],
  still: () => ({ count: 3 }),
  suggest: (state) => (state.count < 3 ? add : null),
  codec,
};

// A clock that counts by itself, ten times faster than real time.
const ticking: Simulation<Counter, CounterEvent> = {
  ...counter,
  id: 'ticker',
  transition: (state, event) => (state.count < 9 && event.type === 'add' ? { count: state.count + 1 } : state),
  clock: { event: add, step: 1, realMs: 100, runs: (state) => state.count < 9, note: '시간은 10배 빠르게 보여 줍니다.' },
  codec: undefined,
};

function CounterFrame({
  simulation = counter,
  view,
}: {
  simulation?: Simulation<Counter, CounterEvent>;
  view?: (count: number) => void;
}) {
  return (
    <SimulationFrame
      simulation={simulation}
      instance={`${simulation.id}-demo`}
      caption="세어 보기"
      still={(state) => <p>그림: {state.count}개</p>}
    >
      {(live) => {
        view?.(live.state.count);
        return (
          <button type="button" disabled={!live.can(add)} onClick={() => live.send(add)}>
            하나 더
          </button>
        );
      }}
    </SimulationFrame>
  );
}

const spoken = () => document.querySelector('[aria-live="polite"]')?.textContent;
const shown = () => document.querySelector('[data-narration]')?.textContent;
const button = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
  // No IntersectionObserver: the frame comes alive at once, as in an old browser.
  vi.stubGlobal('IntersectionObserver', undefined);
  mockMatchMedia(false);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('the widget frame', () => {
  it('is a figure named by its caption, with the still figure and the steps for readers without JavaScript', () => {
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    render(<CounterFrame />);
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText('세어 보기').tagName).toBe('FIGCAPTION');
    expect(figure).toHaveAttribute('id', 'counter-demo');
    expect(within(figure).getByText('그림: 3개')).toBeVisible();
    expect(within(figure).getByText('단계별 설명 읽기')).toBeInTheDocument();
    expect(within(figure).getAllByText('셋을 셉니다.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: '하나 더' })).toBeNull();
  });

  it.each(['#%zz', '#%', '#%E0%A4%A'])(
    'takes a malformed fragment (%s) for what it is: no exception, the figure stays',
    (hash) => {
      vi.stubGlobal(
        'IntersectionObserver',
        class {
          observe() {}
          disconnect() {}
        },
      );
      window.history.replaceState(null, '', `/learn/docker${hash}`);
      render(<CounterFrame />);
      expect(screen.getByText('그림: 3개')).toBeInTheDocument();
    },
  );

  it('swaps in the live view with step controls enabled from the simulation', async () => {
    render(<CounterFrame />);
    expect(await screen.findByRole('button', { name: '하나 더' })).toBeEnabled();
    expect(screen.queryByText('그림: 3개')).toBeNull();
    expect(button('처음부터')).toHaveAttribute('aria-disabled', 'true');
    expect(button('이전 단계')).toHaveAttribute('aria-disabled', 'true');
    expect(button('다음 단계')).toHaveAttribute('aria-disabled', 'false');

    fireEvent.click(button('다음 단계'));
    expect(shown()).toBe('지금까지 1개를 셌습니다.');
    expect(button('이전 단계')).toHaveAttribute('aria-disabled', 'false');
    fireEvent.click(button('하나 더'));
    fireEvent.click(button('하나 더'));
    expect(button('하나 더')).toBeDisabled();
    expect(button('다음 단계')).toHaveAttribute('aria-disabled', 'true');

    fireEvent.click(button('이전 단계'));
    expect(shown()).toBe('지금까지 2개를 셌습니다.');
    fireEvent.click(button('처음부터'));
    expect(shown()).toBe('아직 아무것도 세지 않았습니다.');
  });

  it('announces the answer to each reader action at once', async () => {
    render(<CounterFrame />);
    fireEvent.click(await screen.findByRole('button', { name: '하나 더' }));
    expect(spoken()).toBe('지금까지 1개를 셌습니다.');
    fireEvent.click(button('하나 더'));
    expect(spoken()).toBe('지금까지 2개를 셌습니다.');
  });

  it('paces what the clock changes by itself: shown at once, spoken only after the last message could be read, the latest only', async () => {
    vi.useFakeTimers();
    render(<CounterFrame simulation={ticking} />);
    await act(async () => {});
    expect(screen.getByText('시간은 10배 빠르게 보여 줍니다.')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(100));
    expect(shown()).toBe('지금까지 1개를 셌습니다.');
    // Nothing was announced yet, so the first change is spoken at once...
    expect(spoken()).toBe('지금까지 1개를 셌습니다.');
    // ...and the next ones wait 2.5 s (a 12-syllable sentence reads in less), coalesced into the latest.
    act(() => vi.advanceTimersByTime(300));
    expect(shown()).toBe('지금까지 4개를 셌습니다.');
    expect(spoken()).toBe('지금까지 1개를 셌습니다.');
    act(() => vi.advanceTimersByTime(2100));
    expect(spoken()).toBe('지금까지 1개를 셌습니다.');
    act(() => vi.advanceTimersByTime(100));
    expect(spoken()).toBe('지금까지 9개를 셌습니다.');
  });

  it('opens a shared scene with a note, and 처음부터 forgets the link so a reload keeps the reset', async () => {
    window.history.replaceState(null, '', '/learn/counting?scene=counter-demo.1.2&x=1#counter-demo');
    render(<CounterFrame />);
    expect(await screen.findByText(/공유받은 장면을 그대로 열었습니다/)).toBeInTheDocument();
    expect(shown()).toBe('지금까지 2개를 셌습니다.');
    expect(button('이 장면 공유')).toBeInTheDocument();

    fireEvent.click(button('처음부터'));
    expect(screen.queryByText(/공유받은 장면/)).toBeNull();
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#counter-demo');
  });

  it('refuses a link for another format politely and starts fresh', async () => {
    window.history.replaceState(null, '', '/learn/counting?scene=counter-demo.9.2');
    render(<CounterFrame />);
    expect(await screen.findByText(/열 수 없었습니다/)).toHaveAttribute('role', 'status');
    expect(shown()).toBe('아직 아무것도 세지 않았습니다.');
  });

  it('falls back to its still figure with a Korean note when the live view throws, leaving the page around it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <p>본문은 그대로입니다.</p>
        <CounterFrame
          view={() => {
            throw new Error('broken view');
          }}
        />
      </>,
    );
    expect(await screen.findByText(/문제가 생겨 멈췄습니다/)).toHaveAttribute('role', 'status');
    expect(screen.getByText('그림: 3개')).toBeVisible();
    expect(screen.getByText('본문은 그대로입니다.')).toBeInTheDocument();
  });

  it('brings the still figure and transcript back for print only, keeping the live state', async () => {
    render(<CounterFrame />);
    fireEvent.click(await screen.findByRole('button', { name: '하나 더' }));
    expect(screen.queryByText('그림: 3개')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('그림: 3개')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByText('그림: 3개')).toBeNull();
    expect(shown()).toBe('지금까지 1개를 셌습니다.');
  });

  it('tells the view when the reader prefers reduced motion, and then waits for 재생', async () => {
    mockMatchMedia(true);
    vi.useFakeTimers();
    const { container } = render(<CounterFrame simulation={ticking} />);
    await act(async () => {});
    act(() => vi.advanceTimersByTime(1000));
    expect(container.querySelector('[data-reduced-motion]')).toHaveAttribute('data-reduced-motion', 'true');
    expect(shown()).toBe('아직 아무것도 세지 않았습니다.');
  });

  it('with a clock, 이전 단계 returns to the moment of the last action and waits there; 다음 단계 redoes it', async () => {
    // The clock moves `ticks`; the reader's button moves `count`.
    type Clocked = { ticks: number; count: number };
    type ClockedEvent = { type: 'tick' } | { type: 'add' };
    const clocked: Simulation<Clocked, ClockedEvent> = {
      id: 'clocked',
      initial: () => ({ ticks: 0, count: 0 }),
      transition: (state, event) =>
        event.type === 'tick' ? { ...state, ticks: state.ticks + 1 } : { ...state, count: state.count + 1 },
      narrate: (state) => `${state.ticks}초, ${state.count}개`,
      transcript: () => [],
      still: () => ({ ticks: 0, count: 0 }),
      clock: { event: { type: 'tick' }, step: 1, realMs: 100, runs: () => true },
    };
    vi.useFakeTimers();
    render(
      <SimulationFrame simulation={clocked} instance="clocked-demo" caption="시계" still={() => null} stepControls>
        {(live) => (
          <button type="button" onClick={() => live.send({ type: 'add' })}>
            하나 더
          </button>
        )}
      </SimulationFrame>,
    );
    await act(async () => {});
    act(() => vi.advanceTimersByTime(300));
    fireEvent.click(button('하나 더'));
    act(() => vi.advanceTimersByTime(200));
    expect(shown()).toBe('5초, 1개');
    fireEvent.click(button('이전 단계'));
    expect(shown()).toBe('3초, 0개');
    act(() => vi.advanceTimersByTime(500));
    expect(shown()).toBe('3초, 0개');
    expect(button('이전 단계')).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(button('다음 단계'));
    expect(shown()).toBe('3초, 1개');
  });
});
