import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildFlow } from '@/components/widgets/build-flow/build-flow';
import { mockMatchMedia } from './match-media';
import { narration, button } from './widget-queries';

const imageLayers = () => within(screen.getByRole('list', { name: /이미지/ })).getAllByRole('listitem');
const containers = () => within(screen.getByRole('list', { name: /컨테이너/ })).getAllByRole('listitem');

function setup() {
  const user = userEvent.setup();
  return { user, wait: (ms: number) => act(() => vi.advanceTimersByTime(ms)) };
}

beforeEach(() => {
  // Only the widget's clock is faked: Testing Library's async wrapper waits on a real setTimeout
  // and only knows how to advance Jest's fake timers, not Vitest's.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  mockMatchMedia(false);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('BuildFlow', () => {
  it('renders a still figure and a transcript on the server, with no controls', () => {
    const html = renderToString(<BuildFlow />);
    expect(html).toContain('<figure');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('rails-app:2');
    expect(html).toContain('1초 만에 끝났습니다');
    expect(html).not.toContain('<button');
  });

  it('builds, edits the app code, rebuilds with the cache and runs two containers', async () => {
    const { user, wait } = setup();
    render(<BuildFlow />);
    expect(screen.getByRole('figure')).toHaveTextContent(/^레시피\(Dockerfile\)를 빌드하면/);
    expect(button('실행')).toHaveAttribute('aria-disabled', 'true');

    await user.click(button('빌드'));
    expect(narration()).toContain('1번째 줄(FROM)');
    expect(imageLayers()).toHaveLength(1);
    await wait(20_000);
    expect(imageLayers()).toHaveLength(7);
    expect(narration()).toContain('rails-app:1 이미지가 되었습니다');
    expect(narration()).toContain('2분 7초');
    expect(button('빌드')).toHaveAttribute('aria-disabled', 'true');

    await user.click(button('앱 코드 고치기'));
    expect(narration()).toContain('앞의 5줄은 캐시를 쓰고');
    expect(screen.getByText('바뀜')).toBeInTheDocument();

    await user.click(button('빌드'));
    await wait(20_000);
    expect(narration()).toContain('레이어 5개를 캐시에서 그대로 가져와 1초 만에 끝났습니다');
    const layers = imageLayers();
    expect(layers.filter((layer) => layer.textContent?.includes('캐시 사용'))).toHaveLength(5);
    expect(layers.filter((layer) => layer.textContent?.includes('새로 빌드'))).toHaveLength(2);

    await user.click(button('실행'));
    await user.click(button('실행'));
    expect(containers()).toHaveLength(2);
    for (const item of containers()) expect(item).toHaveTextContent('rails-app:2 이미지 레이어 7개 (공유, 읽기 전용)');
    expect(narration()).toContain('컨테이너 2개가 같은 이미지 레이어 7개를 함께 쓰고');
  });

  it('stops and removes a container, keeping focus in the widget', async () => {
    const { user, wait } = setup();
    render(<BuildFlow />);
    await user.click(button('빌드'));
    await wait(20_000);
    await user.click(button('실행'));
    expect(button('rails-1 삭제')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('rails-1 삭제'));
    expect(containers()).toHaveLength(1);
    await user.click(button('rails-1 정지'));
    expect(containers()[0]).toHaveTextContent('정지됨');
    await user.click(button('rails-1 삭제'));
    expect(screen.queryByRole('list', { name: /컨테이너/ })).not.toBeInTheDocument();
    expect(narration()).toContain('rails-1 컨테이너를 삭제했습니다');
    expect(document.activeElement).toHaveTextContent('3. 컨테이너');
  });

  it('plays the whole lesson, pauses, and steps back and forward', async () => {
    const { user, wait } = setup();
    render(<BuildFlow />);
    await user.click(button('재생'));
    expect(button('일시 정지')).toBeInTheDocument();
    await wait(3_000);
    await user.click(button('일시 정지'));
    const paused = narration();
    await wait(10_000);
    expect(narration()).toBe(paused);

    await user.click(button('이전 단계'));
    expect(narration()).not.toBe(paused);
    await user.click(button('다음 단계'));
    expect(narration()).toBe(paused);

    await user.click(button('재생'));
    await wait(120_000);
    expect(containers()).toHaveLength(3);
    expect(button('재생')).toHaveAttribute('aria-disabled', 'true');

    await user.click(button('처음부터'));
    expect(narration()).toContain('Dockerfile은 이미지를 만드는 레시피입니다');
    expect(screen.queryByRole('list', { name: /이미지/ })).not.toBeInTheDocument();
  });

  it('keeps focus on the play button while its name changes, by keyboard only', async () => {
    const { user } = setup();
    render(<BuildFlow />);
    button('재생').focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(button('일시 정지'));
    await user.keyboard(' ');
    expect(document.activeElement).toBe(button('재생'));
  });

  it('with reduced motion nothing animates and the narration still tells every step', async () => {
    mockMatchMedia(true);
    const { user, wait } = setup();
    const { container } = render(<BuildFlow />);
    expect(container.querySelector('[data-reduced-motion]')).toHaveAttribute('data-reduced-motion', 'true');
    await user.click(button('빌드'));
    const told = [narration()];
    for (let step = 0; step < 6; step++) {
      await wait(1_300);
      told.push(narration());
    }
    expect(told.map((sentence) => sentence.match(/^(\d)번째 줄/)?.[1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
  });

  it('the compact form builds and runs only', async () => {
    const { user, wait } = setup();
    render(<BuildFlow variant="compact" />);
    expect(screen.queryByRole('button', { name: '앱 코드 고치기' })).not.toBeInTheDocument();
    await user.click(button('빌드'));
    await wait(20_000);
    await user.click(button('실행'));
    expect(containers()).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /정지/ })).not.toBeInTheDocument();
  });
});

describe('BuildFlow while paused mid-build', () => {
  it('marks the next line as next in turn, and 빌드 계속 resumes', async () => {
    const user = userEvent.setup();
    render(<BuildFlow />);
    await user.click(button('빌드'));
    expect(screen.getByText('빌드 중')).toBeInTheDocument();
    await user.click(button('다음 단계'));
    expect(screen.getByText('다음 차례')).toBeInTheDocument();
    expect(narration()).toContain('2번째 줄(RUN)');
    await user.click(button('빌드 계속'));
    expect(narration()).toContain('3번째 줄(WORKDIR)');
    await act(() => vi.advanceTimersByTime(20_000));
    expect(narration()).toContain('rails-app:1 이미지가 되었습니다');
  });
});
