import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorksOnMyMachine } from '@/components/widgets/works-on-my-machine/works-on-my-machine';
import { mockMatchMedia } from './match-media';
import { narration, button } from './widget-queries';

const card = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const results = () =>
  ['내 맥', '동료의 윈도우 노트북', '운영 서버'].map((name) => within(card(name)).getByText(/^(잘 됨|안 됨)/).textContent);
const mode = (name: '설치된 그대로 실행' | '도커로 실행') => screen.getByRole('radio', { name });
const platform = () => screen.getByRole('combobox', { name: /^이미지를 빌드한 플랫폼/ });

beforeEach(() => mockMatchMedia(false));
afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

// Rendering three machine cards per event is slow in jsdom on a shared machine.
describe('WorksOnMyMachine', { timeout: 20_000 }, () => {
  it('renders a still figure of both ways and a transcript on the server, with no controls', () => {
    const html = renderToString(<WorksOnMyMachine />);
    expect(html).toContain('<figure');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('설치된 그대로 실행');
    expect(html).toContain('도커로 실행');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('<select');
    expect(html).not.toContain('<input');
  });

  it('shows the chosen way as the selected one of a radio group (the inactive 도커로 실행 used to be the solid primary button)', async () => {
    const user = userEvent.setup();
    render(<WorksOnMyMachine />);
    expect(screen.getByRole('group', { name: '실행 방법' })).toBeInTheDocument();
    expect(mode('설치된 그대로 실행')).not.toBeChecked();
    expect(mode('도커로 실행')).not.toBeChecked();
    await user.click(mode('설치된 그대로 실행'));
    expect(mode('설치된 그대로 실행')).toBeChecked();
    expect(mode('도커로 실행')).not.toBeChecked();
    // The look follows the choice, not the button: only the checked one is drawn solid.
    const look = (name: '설치된 그대로 실행' | '도커로 실행') => mode(name).closest('label')?.className ?? '';
    expect(look('설치된 그대로 실행')).toBe(look('도커로 실행'));
    expect(look('도커로 실행')).toContain('has-checked:bg-accent-strong');
    await user.click(mode('도커로 실행'));
    expect(mode('도커로 실행')).toBeChecked();
    expect(mode('설치된 그대로 실행')).not.toBeChecked();
  });

  it('runs as installed, fixes the server, and then runs everything with Docker, installing nothing', async () => {
    const user = userEvent.setup();
    render(<WorksOnMyMachine />);
    expect(within(card('운영 서버')).getByText('아직 실행하지 않았습니다.')).toBeInTheDocument();

    await user.click(mode('설치된 그대로 실행'));
    expect(results()).toEqual(['잘 됨', '안 됨', '안 됨']);
    expect(within(card('운영 서버')).getByText('한글 글꼴이 없어 PDF의 한글이 네모 칸으로 깨집니다.')).toBeInTheDocument();
    expect(narration()).toContain('코드는 같은데 설치된 것이 달라서 결과가 다릅니다');

    await user.selectOptions(screen.getByRole('combobox', { name: '운영 서버의 한글 글꼴' }), '있음');
    expect(results()).toEqual(['잘 됨', '안 됨', '잘 됨']);
    expect(narration()).toBe('운영 서버에 한글 글꼴을 설치했습니다. 다시 실행하니 잘 됩니다.');

    await user.click(mode('도커로 실행'));
    expect(results()).toEqual(['잘 됨', '잘 됨', '잘 됨']);
    for (const name of ['내 맥', '동료의 윈도우 노트북', '운영 서버']) {
      expect(within(card(name)).queryByText(/bundle install/)).not.toBeInTheDocument();
      expect(within(card(name)).getByText('이미지 받기 (docker pull)')).toBeInTheDocument();
    }
    expect(narration()).toContain('실행할 때 설치하는 것은 없습니다');
    expect(narration()).toContain('linux/amd64와 linux/arm64용으로 함께 빌드해 두었으므로');

    await user.selectOptions(platform(), 'linux/arm64만 (맥에서 그냥 빌드)');
    expect(results()).toEqual(['잘 됨', '잘 됨 (에뮬레이션)', '안 됨']);
    expect(narration()).toContain('운영 서버: 이 이미지에는 linux/arm64용만 있어');

    await user.click(button('이전 단계'));
    expect(results()).toEqual(['잘 됨', '잘 됨', '잘 됨']);
    expect(platform()).toHaveValue('multi');

    await user.click(button('처음부터'));
    expect(narration()).toContain('같은 앱을 세 컴퓨터에서 실행해 봅니다');
    expect(screen.getByRole('combobox', { name: '운영 서버의 한글 글꼴' })).toHaveValue('none');
    expect(button('처음부터')).toHaveAttribute('aria-disabled', 'true');
  });

  it('다음 단계 walks the lesson to its end', async () => {
    const user = userEvent.setup();
    render(<WorksOnMyMachine />);
    for (let step = 0; step < 7; step++) await user.click(button('다음 단계'));
    expect(button('다음 단계')).toHaveAttribute('aria-disabled', 'true');
    expect(narration()).toContain('세 곳 모두 잘 됩니다');
    expect(platform()).toHaveValue('multi');
  });

  it('works by keyboard only: arrow keys move the choice and focus stays on it', async () => {
    const user = userEvent.setup();
    render(<WorksOnMyMachine />);
    mode('설치된 그대로 실행').focus();
    await user.keyboard(' ');
    expect(mode('설치된 그대로 실행')).toBeChecked();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(mode('도커로 실행'));
    expect(mode('도커로 실행')).toBeChecked();
    expect(narration()).toContain('세 곳 모두 잘 됩니다');
  });

  it('opens a shared scene, and refuses a tampered one politely', () => {
    window.history.replaceState(null, '', '/learn/docker?scene=works-on-my-machine.1.d_b1#works-on-my-machine');
    const { unmount } = render(<WorksOnMyMachine />);
    expect(screen.getByText(/공유받은 장면을 그대로 열었습니다/)).toBeInTheDocument();
    expect(mode('도커로 실행')).toBeChecked();
    expect(results()).toEqual(['잘 됨', '잘 됨 (에뮬레이션)', '안 됨']);
    unmount();
    window.history.replaceState(null, '', '/learn/docker?scene=works-on-my-machine.1.d_d');
    render(<WorksOnMyMachine />);
    expect(screen.getByText(/링크가 올바르지 않아 열 수 없었습니다/)).toBeInTheDocument();
    expect(mode('도커로 실행')).not.toBeChecked();
  });

  it('with reduced motion nothing animates', async () => {
    mockMatchMedia(true);
    const user = userEvent.setup();
    const { container } = render(<WorksOnMyMachine />);
    await user.click(mode('설치된 그대로 실행'));
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
    expect(narration()).toContain('내 맥: 잘 됩니다.');
  });
});
