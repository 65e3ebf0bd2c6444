import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DockerDesktop } from '@/components/widgets/docker-desktop/docker-desktop';
import { mockMatchMedia } from './match-media';
import { button } from './widget-queries';

/** The narration of the story on screen (each tab panel has its own). */
const told = () => (screen.getByRole('tabpanel').querySelector('[aria-live="polite"]')?.textContent ?? '').replace(/\u00a0/g, ' ');
const path = () => screen.getByRole('img', { name: /^docker run이 지나가는 길/ });
const terminal = () => within(screen.getByRole('tabpanel')).getByRole('list', { name: '터미널 출력' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  mockMatchMedia(false);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('DockerDesktop', () => {
  it('renders a still figure of both stories and a transcript on the server, with no controls', () => {
    const html = renderToString(<DockerDesktop />);
    expect(html).toContain('<figure');
    expect(html).toContain('<svg');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('Welcome to nginx!');
    expect(html).toContain('윈도우에서는: ');
    expect(html).toContain('1. 내 nginx 실행');
    expect(html).toContain('2. 팀 모두 같은 이미지로');
    expect(html).not.toContain('<button');
  });

  it('docker run travels CLI → engine in the VM → Docker Hub → container one press at a time, and nothing moves by itself', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    expect(button('브라우저에서 localhost:8080 열기')).toHaveAttribute('aria-disabled', 'true');
    expect(button('다음 지점으로')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('docker run 실행'));
    expect(path()).toHaveAccessibleName(/지금: 터미널/);
    // The old widget moved on every 2.6 s; now the sentence stays until the reader asks.
    const first = told();
    act(() => vi.advanceTimersByTime(30_000));
    expect(told()).toBe(first);
    await user.click(button('다음 지점으로'));
    expect(path()).toHaveAccessibleName(/지금: Docker Engine/);
    expect(told()).toContain('Apple 가상화 프레임워크');
    await user.click(button('다음 지점으로'));
    expect(path()).toHaveAccessibleName(/지금: Docker Hub/);
    await user.click(button('다음 지점으로'));
    expect(path()).toHaveAccessibleName(/지금: 컨테이너/);
    expect(told()).toContain('8080번 포트가 이 포트로 이어집니다');
    expect(button('다음 지점으로')).toHaveAttribute('aria-disabled', 'true');

    await user.click(button('브라우저에서 localhost:8080 열기'));
    expect(path()).toHaveAccessibleName(/지금: 브라우저/);
    await user.click(button('다음 지점으로'));
    expect(path()).toHaveAccessibleName(/지금: 포트 전달/);
    await user.click(button('다음 지점으로'));
    await user.click(button('다음 지점으로'));
    expect(told()).toContain('Welcome to nginx!');
    // The path is drawn: every segment of both trips travelled.
    expect(path().querySelectorAll('[data-segment="todo"]')).toHaveLength(0);
  });

  it('a second docker run while nginx holds 8080 fails with Docker\'s error instead of a greyed-out button', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    await user.click(button('docker run 실행'));
    for (let hop = 0; hop < 3; hop++) await user.click(button('다음 지점으로'));
    expect(button('docker run 실행')).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(button('docker run 실행'));
    expect(within(terminal()).getByText(/Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/)).toBeInTheDocument();
    expect(told()).toContain('-p 8081:80');
    expect(path()).toHaveAccessibleName(/8080번 포트는 이미 사용 중/);
  });

  it('on Windows the engine runs in WSL 2; the OS cannot change mid-trip', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    await user.click(screen.getByRole('radio', { name: '윈도우' }));
    expect(told()).toContain('WSL 2');
    await user.click(button('docker run 실행'));
    expect(path()).toHaveAccessibleName(/지금: 터미널/);
    expect(path()).toHaveTextContent('PowerShell');
    expect(screen.getByRole('radio', { name: '맥' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('다음 단계'));
    expect(told()).toContain('WSL 2 안에서 실행되는 Docker Engine');
  });

  it('the two stories are tabs with their own narration; the team story runs one image on all three computers', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    await user.click(button('docker run 실행'));
    const nginx = told();
    await user.click(screen.getByRole('tab', { name: '2. 팀 모두 같은 이미지로' }));
    expect(screen.getByRole('tab', { name: '2. 팀 모두 같은 이미지로' })).toHaveAttribute('aria-selected', 'true');
    expect(told()).toContain('팀장의 푸시부터 시작하세요');
    expect(button('서버에서 실행')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('팀장: 이미지 푸시'));
    expect(told()).toContain('두 플랫폼용으로 빌드해');
    await user.click(button('맥에서 실행'));
    await user.click(button('윈도우에서 실행'));
    await user.click(button('서버에서 실행'));
    expect(told()).toContain('가상 머신 없이');
    expect(told()).toContain('세 곳 모두 같은 이미지로');
    const machines = within(screen.getByRole('list', { name: '이미지를 실행하는 컴퓨터' }));
    expect(machines.getAllByText('컨테이너 myteam/myapp:1.0')).toHaveLength(3);
    // Back on the first tab, by arrow key, its own story waits where it was.
    screen.getByRole('tab', { name: '2. 팀 모두 같은 이미지로' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: '1. 내 nginx 실행' })).toHaveFocus();
    expect(told()).toBe(nginx);
    await user.click(button('처음부터'));
    expect(told()).toContain('맥이나 윈도우를 고른 뒤');
  });

  it('opens a shared scene where it was and refuses a tampered one politely', () => {
    window.history.replaceState(null, '', '/learn/docker-desktop?scene=docker-desktop.1.raa#docker-desktop');
    const { unmount } = render(<DockerDesktop />);
    expect(screen.getByText(/공유받은 장면을 그대로 열었습니다/)).toHaveAttribute('role', 'status');
    expect(path()).toHaveAccessibleName(/지금: Docker Hub/);
    expect(button('이전 단계')).not.toHaveAttribute('aria-disabled', 'true');
    unmount();
    window.history.replaceState(null, '', '/learn/docker-desktop?scene=docker-desktop.1.aaaa#docker-desktop');
    render(<DockerDesktop />);
    expect(screen.getByText(/링크가 올바르지 않아/)).toHaveAttribute('role', 'status');
    expect(told()).toContain('맥이나 윈도우를 고른 뒤');
  });

  it('with reduced motion nothing animates and the narration still tells every station', async () => {
    mockMatchMedia(true);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(<DockerDesktop />);
    await user.click(button('docker run 실행'));
    const sentences = [told()];
    for (let hop = 0; hop < 3; hop++) {
      await user.click(button('다음 지점으로'));
      sentences.push(told());
    }
    expect(new Set(sentences).size).toBe(4);
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
  });
});
