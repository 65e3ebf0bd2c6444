import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VmVsContainer } from '@/components/widgets/vm-vs-container/vm-vs-container';
import { mockMatchMedia } from './match-media';
import { narration, button, wait } from './widget-queries';

const units = (name: string) => within(screen.getByRole('list', { name: `${name} 목록` })).getAllByRole('listitem');

beforeEach(() => {
  // Only the widget's clock is faked (see build-flow.test.tsx for why).
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  mockMatchMedia(false);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('VmVsContainer', () => {
  it('renders the finished comparison and a transcript on the server, with no controls', () => {
    const html = renderToString(<VmVsContainer />).replace(/\u00a0/g, ' ');
    expect(html).toContain('<figure');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('가상 머신 2대');
    expect(html).toContain('컨테이너 3개');
    expect(html).toContain('4 GB (하나에 2 GB)');
    expect(html).not.toContain('<button');
  });

  it('starts a VM that boots stage by stage, and a container that is running at once', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<VmVsContainer />);
    await user.click(button('가상 머신 시작'));
    expect(narration()).toContain('가상 머신 A를 켭니다');
    expect(units('가상 머신')[0]).toHaveTextContent('가상 하드웨어 켜기');
    await wait(1_500);
    expect(narration()).toContain('가상 머신 A: 게스트 운영체제의 서비스를 하나씩 시작하는 중입니다.');

    await user.click(button('컨테이너 시작'));
    expect(narration()).toContain('부팅할 운영체제가 없으므로');
    await wait(100);
    expect(units('컨테이너')[0]).toHaveTextContent('실행 중');
    expect(units('가상 머신')[0]).not.toHaveTextContent('실행 중');

    await wait(3_000);
    expect(units('가상 머신')[0]).toHaveTextContent('실행 중');
    expect(narration()).toContain('약 30초 걸렸습니다');

    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /^메모리/ })).toHaveTextContent('2 GB (하나에 2 GB)');
    expect(within(table).getByRole('row', { name: /^새로 부팅한 커널/ })).toHaveTextContent('1개0개');
  });

  it('adds several of each up to the limit, stops one, and resets', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<VmVsContainer />);
    for (let i = 0; i < 5; i++) await user.click(button('컨테이너 시작'));
    expect(units('컨테이너')).toHaveLength(4);
    expect(button('컨테이너 시작')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('이 예에서는 4개까지 시작합니다.')).toBeInTheDocument();
    await wait(200);
    expect(narration()).toContain('지금 컨테이너 4개가 메모리 400 MB를 쓰고');

    await user.click(button('컨테이너 하나 끄기'));
    expect(units('컨테이너')).toHaveLength(3);
    expect(narration()).toBe('컨테이너 D를 멈추고 지웠습니다. 이미지는 디스크에 그대로 남아 다음 컨테이너가 다시 씁니다.');
    expect(button('가상 머신 하나 끄기')).toHaveAttribute('aria-disabled', 'true');

    await user.click(button('처음부터'));
    expect(narration()).toContain('처음 상태로 되돌렸습니다');
    expect(screen.queryByRole('list', { name: '컨테이너 목록' })).not.toBeInTheDocument();
  });

  it('with reduced motion nothing animates and the narration still tells every stage', async () => {
    mockMatchMedia(true);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(<VmVsContainer />);
    await user.click(button('가상 머신 시작'));
    const told = [narration()];
    for (let i = 0; i < 40; i++) {
      await wait(100);
      if (told.at(-1) !== narration()) told.push(narration());
    }
    expect(told).toHaveLength(5);
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
  });
});
