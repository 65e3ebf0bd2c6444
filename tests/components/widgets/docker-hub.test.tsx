import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DockerHub } from '@/components/widgets/docker-hub/docker-hub';
import { mockMatchMedia } from './match-media';
import { narration, button, spoken } from './widget-queries';

const results = () => within(screen.getByRole('list', { name: '검색 결과' })).getAllByRole('listitem');
const stored = (place: string) => within(screen.getByRole('list', { name: place })).getAllByRole('listitem');
const terminal = () => within(screen.getByRole('list', { name: '터미널 출력' }));
const searchbox = () => screen.getByRole('searchbox', { name: '이미지 검색' });

beforeEach(() => mockMatchMedia(false));
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('DockerHub', () => {
  it('renders a still figure and a transcript on the server, with no controls', () => {
    const html = renderToString(<DockerHub />);
    expect(html).toContain('<figure');
    expect(html).toContain('id="docker-hub"');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('Mounted from library/ruby');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('<input');
  });

  it('searches on Enter (one step, one sentence), shows the badges and the risk of an unknown image', async () => {
    const user = userEvent.setup();
    render(<DockerHub />);
    await user.type(searchbox(), 'ruby');
    // Typing alone says nothing yet.
    expect(narration()).toContain('Docker Hub는 이미지를 올리고 내려받는 레지스트리입니다');
    await user.keyboard('{Enter}');
    expect(results()).toHaveLength(3);
    expect(results()[0]).toHaveTextContent('Docker 공식 이미지');
    expect(results()[1]).toHaveTextContent('검증된 게시자');
    expect(screen.getAllByText('이름, 내려받기 횟수, 날짜는 설명을 위한 예시입니다.')[0]).toBeVisible();
    await user.click(button('rubyfast/ruby-turbo'));
    expect(button('rubyfast/ruby-turbo')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('실행하기 전에 멈추세요')).toBeInTheDocument();
    expect(narration()).toContain('실행하지 않는 것이 안전합니다');
    await user.click(button('이전 단계'));
    expect(narration()).toContain('검색 결과는 3개입니다');
    await user.click(button('이전 단계'));
    expect(searchbox()).toHaveValue('');
    // The same query again is nothing new: 검색 says so by being unavailable.
    await user.type(searchbox(), 'ruby{Enter}');
    expect(button('검색')).toHaveAttribute('aria-disabled', 'true');
  }, 20_000);

  it('builds, pushes and pulls: the first push mounts the base layers, the second finds them in the repository', async () => {
    const user = userEvent.setup();
    render(<DockerHub />);
    expect(button('1.0 푸시')).toHaveAttribute('aria-disabled', 'true');
    expect(button('민지: 받을 이미지 없음')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('1.0 빌드'));
    await user.click(button('1.0 푸시'));
    expect(narration()).toContain('새 레이어 3개(102 MB)만 올렸습니다');
    // One message per reader action, spoken at once.
    expect(spoken()).toBe(narration());
    expect(terminal().getByText('8a1e25ce7c4f: Mounted from library/ruby')).toBeInTheDocument();
    expect(terminal().queryByText(/Layer already exists/)).toBeNull();
    const hub = stored('Docker Hub (레지스트리)');
    expect(hub.filter((item) => item.textContent?.includes('올림'))).toHaveLength(3);
    expect(hub.filter((item) => item.textContent?.includes('연결함'))).toHaveLength(2);

    await user.click(button('민지: 1.0 이미지 받기(pull)'));
    expect(narration()).toContain('레이어 2개는 건너뛰었습니다');
    expect(stored('민지의 노트북').filter((item) => item.textContent?.includes('이미 있음'))).toHaveLength(2);
    await user.click(button('준호: 1.0 이미지 받기(pull)'));
    expect(narration()).toContain('5개(172 MB)를 모두 받았습니다');

    await user.click(button('1.1 빌드'));
    await user.click(button('1.1 푸시'));
    expect(terminal().getAllByText(/: Layer already exists$/)).toHaveLength(4);
    await user.click(button('준호: 1.1 이미지 받기(pull)'));
    expect(narration()).toContain('없던 레이어 1개(4 MB)만 받고');
    expect(stored('준호의 노트북')).toHaveLength(6);
    expect(button('준호: 최신 이미지 있음')).toHaveAttribute('aria-disabled', 'true');
    // A disabled control does nothing when pressed anyway.
    const told = narration();
    await user.click(button('준호: 최신 이미지 있음'));
    expect(narration()).toBe(told);
  }, 20_000);

  it("다음 단계 plays the whole lesson to the team's private repository, and 처음부터 starts over", async () => {
    const user = userEvent.setup();
    render(<DockerHub />);
    for (let step = 0; step < 13; step++) await user.click(button('다음 단계'));
    expect(button('다음 단계')).toHaveAttribute('aria-disabled', 'true');
    expect(narration()).toContain('myteam/myapp 리포지터리는 비공개라');
    expect(narration()).toContain('다이제스트로 받습니다');
    expect(results()[0]).toHaveTextContent('비공개');
    expect(searchbox()).toHaveValue('myteam');
    await user.click(button('처음부터'));
    expect(narration()).toContain('Docker Hub는 이미지를 올리고 내려받는 레지스트리입니다');
    expect(searchbox()).toHaveValue('');
  }, 20_000);

  it('opens a shared scene where it was, with 이전 단계 working, and refuses a tampered one politely', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/learn/docker-hub?scene=docker-hub.1.b~p#docker-hub');
    const { unmount } = render(<DockerHub />);
    expect(screen.getByText(/공유받은 장면을 그대로 열었습니다/)).toHaveAttribute('role', 'status');
    expect(narration()).toContain('Mounted from library/ruby');
    await user.click(button('이전 단계'));
    expect(narration()).toContain('myteam/myapp:1.0 이미지를 빌드했습니다');
    unmount();
    window.history.replaceState(null, '', '/learn/docker-hub?scene=docker-hub.1.p~p#docker-hub');
    render(<DockerHub />);
    expect(screen.getByText(/링크가 올바르지 않아/)).toHaveAttribute('role', 'status');
    expect(narration()).toContain('Docker Hub는 이미지를 올리고 내려받는 레지스트리입니다');
  }, 20_000);

  it('with reduced motion nothing animates', async () => {
    mockMatchMedia(true);
    const user = userEvent.setup();
    const { container } = render(<DockerHub />);
    expect(container.querySelector('[data-reduced-motion]')).toHaveAttribute('data-reduced-motion', 'true');
    await user.click(button('1.0 빌드'));
    await user.click(button('1.0 푸시'));
    expect(narration()).toContain('푸시했습니다');
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
  }, 20_000);
});
