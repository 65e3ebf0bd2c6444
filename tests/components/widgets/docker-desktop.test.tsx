import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DockerDesktop } from '@/components/widgets/docker-desktop/docker-desktop';
import { mockMatchMedia } from './match-media';

// jsdom does not name a figure from its figcaption; the two come in page order.
const figure = (index: number) => within(screen.getAllByRole('figure')[index] as HTMLElement);
const mine = () => figure(0);
const theirs = () => figure(1);
const button = (scope: ReturnType<typeof figure>, name: string) => scope.getByRole('button', { name });
/** The sentence on screen in one figure: each has its own narration. */
const told = (scope: ReturnType<typeof figure>) =>
  (scope.getAllByText((_, element) => element?.hasAttribute('data-narration') ?? false)[0]?.textContent ?? '').replace(
    /\u00a0/g,
    ' ',
  );
const path = () => mine().getByRole('img', { name: /^docker run이 지나가는 길/ });
const terminal = () => mine().getByRole('list', { name: '터미널 출력' });
const next = () => button(mine(), '다음 지점으로');

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
  it('renders two still figures, each with its transcript, on the server, with no controls', () => {
    const html = renderToString(<DockerDesktop />);
    expect(html.match(/<figure/g)).toHaveLength(2);
    expect(html).toContain('id="docker-desktop-nginx"');
    expect(html).toContain('id="docker-desktop-team"');
    expect(html).toContain('Docker Desktop 안에서 docker run이 지나가는 길');
    expect(html).toContain('팀 모두 같은 이미지로: 맥, 윈도우, 리눅스 서버');
    expect(html).toContain('<svg');
    expect(html).toContain('Welcome to nginx!');
    expect(html).toContain('윈도우에서는: ');
    expect(html).not.toContain('<button');
  });

  it('docker run travels CLI → engine in the VM → Docker Hub → container one press at a time, and nothing moves by itself', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    expect(button(mine(), '브라우저에서 localhost:8080 열기')).toHaveAttribute('aria-disabled', 'true');
    expect(next()).toHaveAttribute('aria-disabled', 'true');
    await user.click(button(mine(), 'docker run 실행'));
    expect(path()).toHaveAccessibleName(/지금: 터미널/);
    // The old widget moved on every 2.6 s; now the sentence stays until the reader asks.
    const first = told(mine());
    act(() => vi.advanceTimersByTime(30_000));
    expect(told(mine())).toBe(first);
    await user.click(next());
    expect(path()).toHaveAccessibleName(/지금: Docker Engine/);
    expect(told(mine())).toContain('Apple 가상화 프레임워크');
    await user.click(next());
    expect(path()).toHaveAccessibleName(/지금: Docker Hub/);
    await user.click(next());
    expect(path()).toHaveAccessibleName(/지금: 컨테이너/);
    expect(told(mine())).toContain('8080번 포트가 이 포트로 이어집니다');
    expect(next()).toHaveAttribute('aria-disabled', 'true');

    await user.click(button(mine(), '브라우저에서 localhost:8080 열기'));
    expect(path()).toHaveAccessibleName(/지금: 브라우저/);
    await user.click(next());
    expect(path()).toHaveAccessibleName(/지금: 포트 전달/);
    await user.click(next());
    await user.click(next());
    expect(told(mine())).toContain('Welcome to nginx!');
    // The path is drawn: every segment of both trips travelled.
    expect(path().querySelectorAll('[data-segment="todo"]')).toHaveLength(0);
    // The team's figure has its own sentence, untouched.
    expect(told(theirs())).toContain('팀장의 푸시부터 시작하세요');
  }, 20_000);

  it("a second docker run while nginx holds 8080 fails with Docker's error instead of a greyed-out button", async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    await user.click(button(mine(), 'docker run 실행'));
    for (let hop = 0; hop < 3; hop++) await user.click(next());
    expect(button(mine(), 'docker run 실행')).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(button(mine(), 'docker run 실행'));
    expect(within(terminal()).getByText(/Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/)).toBeInTheDocument();
    expect(told(mine())).toContain('-p 8081:80');
    expect(path()).toHaveAccessibleName(/8080번 포트는 이미 사용 중/);
  }, 20_000);

  it('on Windows the engine runs in WSL 2; the system cannot change mid-trip', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    await user.click(mine().getByRole('radio', { name: '윈도우' }));
    expect(told(mine())).toContain('WSL 2');
    await user.click(button(mine(), 'docker run 실행'));
    expect(path()).toHaveTextContent('PowerShell');
    expect(mine().getByRole('radio', { name: '맥' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(button(mine(), '다음 단계'));
    expect(told(mine())).toContain('WSL 2 안에서 실행되는 Docker Engine');
  }, 20_000);

  it('the team story runs one image on all three computers, in its own figure', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    expect(button(theirs(), '서버에서 실행')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button(theirs(), '팀장: 이미지 푸시'));
    expect(told(theirs())).toContain('두 플랫폼용으로 빌드해');
    await user.click(button(theirs(), '맥에서 실행'));
    await user.click(button(theirs(), '윈도우에서 실행'));
    await user.click(button(theirs(), '서버에서 실행'));
    expect(told(theirs())).toContain('가상 머신 없이');
    expect(told(theirs())).toContain('세 곳 모두 같은 이미지로');
    expect(
      within(theirs().getByRole('list', { name: '이미지를 실행하는 컴퓨터' })).getAllByText('컨테이너 myteam/myapp:1.0'),
    ).toHaveLength(3);
    expect(told(mine())).toContain('맥이나 윈도우를 고른 뒤');
    await user.click(button(theirs(), '처음부터'));
    expect(told(theirs())).toContain('팀장의 푸시부터 시작하세요');
  }, 20_000);

  it('opens a shared scene in its own figure and refuses a tampered one politely', () => {
    window.history.replaceState(null, '', '/learn/docker-desktop?scene=docker-desktop-nginx.1.raa#docker-desktop-nginx');
    const { unmount } = render(<DockerDesktop />);
    expect(mine().getByText(/공유받은 장면을 그대로 열었습니다/)).toHaveAttribute('role', 'status');
    expect(theirs().queryByText(/공유받은 장면/)).toBeNull();
    expect(path()).toHaveAccessibleName(/지금: Docker Hub/);
    expect(button(mine(), '이전 단계')).not.toHaveAttribute('aria-disabled', 'true');
    unmount();
    window.history.replaceState(null, '', '/learn/docker-desktop?scene=docker-desktop-team.1.d0#docker-desktop-team');
    render(<DockerDesktop />);
    expect(theirs().getByText(/링크가 올바르지 않아/)).toHaveAttribute('role', 'status');
    expect(told(theirs())).toContain('팀장의 푸시부터 시작하세요');
  });

  it('with reduced motion nothing animates and the narration still tells every station', async () => {
    mockMatchMedia(true);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(<DockerDesktop />);
    await user.click(button(mine(), 'docker run 실행'));
    const sentences = [told(mine())];
    for (let hop = 0; hop < 3; hop++) {
      await user.click(next());
      sentences.push(told(mine()));
    }
    expect(new Set(sentences).size).toBe(4);
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
  }, 20_000);
});
