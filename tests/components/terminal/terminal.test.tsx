import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Terminal } from '@/components/terminal/terminal';
import { sendToTerminal } from '@/components/terminal/run-queue';
import { useSimulation } from '@/components/widgets/shared/use-simulation';
import { counterSimulation, counterWorld } from '../../lib/terminal/counter-world';

const log = () => screen.getByRole('log', { name: '터미널 출력' });
const input = () => screen.getByRole('textbox', { name: '명령 입력' });

function Attached() {
  const simulation = useSimulation(counterSimulation, { autoplay: false });
  return (
    <>
      <p>위젯의 값: {simulation.state.value}</p>
      <button type="button" onClick={() => simulation.send({ type: 'up' })}>
        위젯에서 올리기
      </button>
      <Terminal world={counterWorld} simulation={simulation} />
    </>
  );
}

describe('Terminal', () => {
  it('runs a typed command and prints its output in the polite log', async () => {
    const user = userEvent.setup();
    render(<Terminal world={counterWorld} />);
    expect(log()).toHaveAttribute('aria-live', 'polite');
    await user.type(input(), 'count up{Enter}');
    expect(within(log()).getByText('count up')).toBeInTheDocument();
    expect(within(log()).getByText('1')).toBeInTheDocument();
    expect(input()).toHaveValue('');
  });

  it('adds one element to the log per command, whatever it printed', async () => {
    const user = userEvent.setup();
    render(<Terminal world={counterWorld} />);
    const before = log().children.length;
    await user.type(input(), 'help{Enter}');
    expect(log().children.length).toBe(before + 1);
    expect(log().lastElementChild?.childElementCount).toBeGreaterThan(5);
  });

  it('explains a mistyped command in Korean', async () => {
    const user = userEvent.setup();
    render(<Terminal world={counterWorld} />);
    await user.type(input(), 'cuont up{Enter}');
    expect(within(log()).getByText('bash: cuont: command not found')).toBeInTheDocument();
    expect(within(log()).getByText(/혹시 count 명령을/)).toBeInTheDocument();
  });

  it('recalls history with ↑ and ↓ and with the on-screen keys', async () => {
    const user = userEvent.setup();
    render(<Terminal world={counterWorld} />);
    await user.type(input(), 'count show{Enter}pwd{Enter}');
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveValue('pwd');
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveValue('count show');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input()).toHaveValue('');
    await user.click(screen.getByRole('button', { name: '이전 명령 (↑)' }));
    expect(input()).toHaveValue('pwd');
    expect(input()).toHaveFocus();
  });

  it('completes with Tab, and lets Tab leave when there is nothing to complete', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Terminal world={counterWorld} />
        <button type="button">다음 것</button>
      </>,
    );
    await user.type(input(), 'cou');
    await user.tab();
    expect(input()).toHaveValue('count ');
    expect(input()).toHaveFocus();
    await user.type(input(), 'w');
    await user.tab();
    expect(within(log()).getByText('watch  where', { normalizer: (text) => text })).toBeInTheDocument();
    await user.tab();
    expect(input()).not.toHaveFocus();
    await user.clear(input());
    await user.tab();
    expect(input()).not.toHaveFocus();
  });

  it('completes with the on-screen Tab key too', async () => {
    const user = userEvent.setup();
    render(<Terminal world={counterWorld} />);
    await user.type(input(), 'his');
    await user.click(screen.getByRole('button', { name: '자동 완성 (Tab)' }));
    expect(input()).toHaveValue('history ');
  });

  it('follows the world until Ctrl+C, the clock running through the simulation hook', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Terminal world={counterWorld} />);
      await user.type(input(), 'count watch{Enter}');
      expect(screen.getByRole('status')).toHaveTextContent('Ctrl+C');
      await act(() => vi.advanceTimersByTimeAsync(2100));
      expect(within(log()).getByText('now 2')).toBeInTheDocument();
      await user.keyboard('{Control>}c{/Control}');
      expect(within(log()).getByText('^C')).toBeInTheDocument();
      expect(screen.queryByRole('status')).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(1100));
      expect(within(log()).queryByText('now 3')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops a follow with the on-screen 중단 key', async () => {
    const user = userEvent.setup();
    render(<Terminal world={counterWorld} />);
    await user.type(input(), 'count watch{Enter}');
    await user.click(screen.getByRole('button', { name: '중단 (Ctrl+C)' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('clears with clear and with Ctrl+L', async () => {
    const user = userEvent.setup();
    render(<Terminal world={counterWorld} />);
    await user.type(input(), 'echo one{Enter}clear{Enter}');
    expect(within(log()).queryByText('one')).toBeNull();
    await user.type(input(), 'echo two{Enter}');
    await user.keyboard('{Control>}l{/Control}');
    expect(within(log()).queryByText('two')).toBeNull();
  });

  it('shows the nested shell prompt until exit', async () => {
    const user = userEvent.setup();
    render(<Terminal world={counterWorld} />);
    await user.type(input(), 'count shell{Enter}');
    expect(screen.getAllByText('/ #', { exact: false }).length).toBeGreaterThan(0);
    await user.type(input(), 'exit{Enter}');
    await user.type(input(), 'pwd{Enter}');
    expect(within(log()).getByText('/home/user/myapp')).toBeInTheDocument();
  });

  it('shares one state with the widget it is attached to, both ways', async () => {
    const user = userEvent.setup();
    render(<Attached />);
    await user.type(input(), 'count up{Enter}');
    expect(screen.getByText('위젯의 값: 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '위젯에서 올리기' }));
    await user.type(input(), 'count show{Enter}');
    expect(within(log()).getByText('2')).toBeInTheDocument();
  });

  it('runs lines a code block sent, also before it mounted, and takes the focus', async () => {
    sendToTerminal('counter', ['count up', 'count up']);
    render(<Terminal world={counterWorld} />);
    expect(await within(log()).findByText('2')).toBeInTheDocument();
    expect(input()).toHaveFocus();
    act(() => sendToTerminal('counter', ['count show']));
    expect(within(log()).getAllByText('2')).toHaveLength(2);
  });
});
