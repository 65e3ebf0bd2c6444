import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VmVsContainer } from '@/components/widgets/vm-vs-container/vm-vs-container';
import { mockMatchMedia } from './match-media';
import { narration, button, wait } from './widget-queries';

const side = (name: '가상 머신' | '컨테이너') => screen.getByRole('region', { name: new RegExp(`^${name} \\(`) });
const heading = (name: '가상 머신' | '컨테이너') => within(side(name)).getByRole('heading').textContent;
const stopwatch = (name: '가상 머신' | '컨테이너') =>
  (side(name).querySelector('[data-stopwatch]')?.textContent ?? '').replace(/\u00a0/g, ' ');

beforeEach(() => {
  // Only the widget's clock is faked (see build-flow.test.tsx for why).
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  mockMatchMedia(false);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

// The clock re-renders the widget every tick, which is slow in jsdom on a shared machine.
describe('VmVsContainer', { timeout: 20_000 }, () => {
  it('renders the filled hosts and a transcript on the server, with no controls', () => {
    const html = renderToString(<VmVsContainer />).replace(/\u00a0/g, ' ');
    const text = html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '');
    expect(html).toContain('<figure');
    expect(text).toContain('단계별 설명 읽기');
    expect(text).toContain('가상 머신 (7대)');
    expect(text).toContain('컨테이너 (150개)');
    expect(text).toContain('14 GB (하나에 2 GB)');
    expect(text).toContain('15 GB (하나에 100 MB)');
    expect(html).not.toContain('<button');
  });

  it('races both sides at once and keeps the one sentence for it while they boot', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<VmVsContainer />);
    expect(screen.getByText(/시간은 10배 빠르게 보여 줍니다/)).toBeInTheDocument();
    await user.click(button('동시에 시작'));
    const sentence = narration();
    expect(sentence).toContain('가상 머신과 컨테이너를 동시에 시작했습니다');
    await wait(100);
    expect(stopwatch('컨테이너')).toBe('1번 컨테이너: 0.5초 만에 앱 시작');
    expect(stopwatch('가상 머신')).toMatch(/^1번 가상 머신: 가상 하드웨어 켜기 중 · 1초째$/);
    await wait(700);
    expect(stopwatch('가상 머신')).toBe('1번 가상 머신: 게스트 커널 부팅 중 · 8초째');
    expect(narration()).toBe(sentence);
    await wait(2_200);
    expect(stopwatch('가상 머신')).toBe('1번 가상 머신: 30초 만에 앱 시작');
    expect(narration()).toBe(sentence);
    expect(screen.queryByRole('button', { name: '일시 정지' })).not.toBeInTheDocument();
  });

  it('fills a host to its memory limit and says why no more fit', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<VmVsContainer />);
    await user.click(button('컨테이너 가득 채우기'));
    expect(heading('컨테이너')).toBe('컨테이너 (150개)');
    expect(narration()).toContain('컨테이너 150개를 한꺼번에 시작했습니다');
    expect(button('컨테이너 시작')).toHaveAttribute('aria-disabled', 'true');
    expect(button('컨테이너 가득 채우기')).toHaveAttribute('aria-disabled', 'true');
    expect(
      within(side('컨테이너')).getByText(/남은 0 MB로는 100 MB짜리 컨테이너를 하나 더 시작할 수 없습니다/),
    ).toBeInTheDocument();

    await user.click(button('가상 머신 가득 채우기'));
    expect(heading('가상 머신')).toBe('가상 머신 (7대)');
    expect(button('동시에 시작')).toHaveAttribute('aria-disabled', 'true');

    await user.click(button('컨테이너 하나 끄기'));
    expect(heading('컨테이너')).toBe('컨테이너 (149개)');
    expect(button('컨테이너 시작')).not.toHaveAttribute('aria-disabled', 'true');
    expect(narration()).toBe('150번 컨테이너를 멈추고 지웠습니다. 이미지는 디스크에 그대로 남아 다음 컨테이너가 다시 씁니다.');

    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /^한 호스트에 최대/ })).toHaveTextContent('7대150개');

    await user.click(button('처음부터'));
    expect(narration()).toContain('같은 앱을 가상 머신과 컨테이너로 시작해 봅니다');
    expect(heading('컨테이너')).toBe('컨테이너 (0개)');
    expect(button('처음부터')).toHaveAttribute('aria-disabled', 'true');
  });

  it('opens a shared scene paused at its moment, and refuses a tampered one politely', async () => {
    window.history.replaceState(null, '', '/learn/background?scene=vm-vs-container.1.6_0r_3fv#vm-vs-container');
    const { unmount } = render(<VmVsContainer />);
    expect(screen.getByText(/공유받은 장면을 그대로 열었습니다/)).toBeInTheDocument();
    expect(heading('가상 머신')).toBe('가상 머신 (7대)');
    expect(stopwatch('가상 머신')).toBe('7번 가상 머신: 가상 하드웨어 켜기 중 · 1.5초째');
    expect(button('재생')).toBeInTheDocument();
    await wait(5_000);
    expect(stopwatch('가상 머신')).toBe('7번 가상 머신: 가상 하드웨어 켜기 중 · 1.5초째');
    unmount();

    window.history.replaceState(null, '', '/learn/background?scene=vm-vs-container.1.0_0xv');
    render(<VmVsContainer />);
    expect(screen.getByText(/링크가 올바르지 않아 열 수 없었습니다/)).toBeInTheDocument();
    expect(heading('가상 머신')).toBe('가상 머신 (0대)');
  });
});
