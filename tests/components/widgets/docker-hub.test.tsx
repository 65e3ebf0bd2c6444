import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DockerHub } from '@/components/widgets/docker-hub/docker-hub';
import { mockMatchMedia } from './match-media';
import { narration, button } from './widget-queries';

const results = () => within(screen.getByRole('list', { name: '검색 결과' })).getAllByRole('listitem');
const stored = (place: string) => within(screen.getByRole('list', { name: place })).getAllByRole('listitem');

beforeEach(() => mockMatchMedia(false));
afterEach(() => vi.unstubAllGlobals());

describe('DockerHub', () => {
  it('renders a still figure and a transcript on the server, with no controls', () => {
    const html = renderToString(<DockerHub />);
    expect(html).toContain('<figure');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('Layer already exists');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('<input');
  });

  it('searches, shows the badges and the risk of an unknown image', async () => {
    const user = userEvent.setup();
    render(<DockerHub />);
    await user.type(screen.getByRole('searchbox', { name: '이미지 검색' }), 'ruby');
    expect(results()).toHaveLength(3);
    expect(results()[0]).toHaveTextContent('Docker 공식 이미지');
    expect(results()[1]).toHaveTextContent('검증된 게시자');
    expect(screen.getAllByText('이름, 내려받기 횟수, 날짜는 설명을 위한 예시입니다.')[0]).toBeVisible();
    // Typing is one step: going back leaves the search, not one letter.
    await user.click(button('rubyfast/ruby-turbo'));
    expect(button('rubyfast/ruby-turbo')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('실행하기 전에 멈추세요')).toBeInTheDocument();
    expect(narration()).toContain('실행하지 않는 것이 안전합니다');
    await user.click(button('이전 단계'));
    expect(narration()).toContain('검색 결과는 3개입니다');
    await user.click(button('이전 단계'));
    expect(screen.getByRole('searchbox', { name: '이미지 검색' })).toHaveValue('');
  });

  it('builds, pushes and pulls: existing layers are skipped both ways, and 1.1 only moves the app code', async () => {
    const user = userEvent.setup();
    render(<DockerHub />);
    expect(button('1.0 푸시')).toHaveAttribute('aria-disabled', 'true');
    expect(button('민지: 받을 이미지 없음')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('1.0 빌드'));
    await user.click(button('1.0 푸시'));
    expect(narration()).toContain('레이어 3개(102 MB)만 올렸고');
    expect(screen.getByText('8a1e25ce7c4f: Layer already exists')).toBeInTheDocument();
    expect(stored('Docker Hub (레지스트리)').filter((item) => item.textContent?.includes('올림'))).toHaveLength(3);

    await user.click(button('민지: 1.0 풀'));
    expect(narration()).toContain('이미 있던 레이어 2개는 건너뛰었습니다');
    expect(stored('민지의 노트북').filter((item) => item.textContent?.includes('이미 있음'))).toHaveLength(2);
    await user.click(button('준호: 1.0 풀'));
    expect(narration()).toContain('5개(172 MB)를 모두 받았습니다');

    await user.click(button('1.1 빌드'));
    await user.click(button('1.1 푸시'));
    await user.click(button('준호: 1.1 풀'));
    expect(narration()).toContain('없던 레이어 1개(4 MB)만 받고');
    expect(stored('준호의 노트북')).toHaveLength(6);
    expect(button('준호: 최신 이미지 있음')).toHaveAttribute('aria-disabled', 'true');
  }, 20_000);

  it('다음 단계 plays the whole lesson to the team\'s private repository, and 처음부터 starts over', async () => {
    const user = userEvent.setup();
    render(<DockerHub />);
    for (let step = 0; step < 13; step++) await user.click(button('다음 단계'));
    expect(button('다음 단계')).toHaveAttribute('aria-disabled', 'true');
    expect(narration()).toContain('myteam/myapp 리포지터리는 비공개라');
    expect(results()[0]).toHaveTextContent('비공개');
    await user.click(button('처음부터'));
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
  });
});
