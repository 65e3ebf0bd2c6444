import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorksOnMyMachine } from '@/components/widgets/works-on-my-machine/works-on-my-machine';
import { mockMatchMedia } from './match-media';
import { narration, button } from './widget-queries';

const card = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const results = () => ['내 맥', '동료의 윈도우 노트북', '운영 서버'].map((name) => (within(card(name)).queryByText('잘 됨') ? '잘 됨' : '안 됨'));

beforeEach(() => mockMatchMedia(false));
afterEach(() => vi.unstubAllGlobals());

describe('WorksOnMyMachine', () => {
  it('renders a still figure of both ways and a transcript on the server, with no controls', () => {
    const html = renderToString(<WorksOnMyMachine />);
    expect(html).toContain('<figure');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('설치된 그대로 실행');
    expect(html).toContain('도커로 실행');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('<select');
  });

  it('runs as installed, fixes the server, and then runs everything with Docker', async () => {
    const user = userEvent.setup();
    render(<WorksOnMyMachine />);
    expect(screen.getByRole('figure')).toHaveTextContent(/^내 컴퓨터에서는 되는데/);
    expect(within(card('운영 서버')).getByText('아직 실행하지 않았습니다.')).toBeInTheDocument();

    await user.click(button('설치된 그대로 실행'));
    expect(button('설치된 그대로 실행')).toHaveAttribute('aria-pressed', 'true');
    expect(within(card('내 맥')).getByText('잘 됨')).toBeInTheDocument();
    expect(within(card('동료의 윈도우 노트북')).getByText('안 됨')).toBeInTheDocument();
    expect(within(card('운영 서버')).getByText('한글 글꼴이 없어 PDF의 한글이 네모 칸으로 깨집니다.')).toBeInTheDocument();
    expect(narration()).toContain('코드는 같은데 설치된 것이 달라서 결과가 다릅니다');

    await user.selectOptions(screen.getByRole('combobox', { name: '운영 서버의 한글 글꼴' }), '있음');
    expect(within(card('운영 서버')).getByText('잘 됨')).toBeInTheDocument();
    expect(narration()).toBe('운영 서버에 한글 글꼴을 설치했습니다. 다시 실행하니 잘 됩니다.');

    await user.selectOptions(screen.getByRole('combobox', { name: '내 맥의 데이터베이스' }), 'MySQL 8.0');
    expect(within(card('내 맥')).getByText('안 됨')).toBeInTheDocument();
    expect(narration()).toContain('MySQL이 있어 연결하지 못합니다');

    await user.click(button('도커로 실행'));
    expect(button('도커로 실행')).toHaveAttribute('aria-pressed', 'true');
    expect(results()).toEqual(['잘 됨', '잘 됨', '잘 됨']);
    expect(narration()).toContain('같은 myteam/app:1.0 이미지로 실행했습니다');

    await user.selectOptions(screen.getByRole('combobox', { name: '운영 서버의 Ruby' }), 'Ruby 3.1');
    expect(results()).toEqual(['잘 됨', '잘 됨', '잘 됨']);
    expect(narration()).toContain('이미지에 든 것을 쓰므로 그대로 잘 됩니다');

    await user.click(button('처음부터'));
    expect(narration()).toContain('처음 상태로 되돌렸습니다');
    expect(screen.getByRole('combobox', { name: '운영 서버의 한글 글꼴' })).toHaveValue('none');
    expect(button('처음부터')).toHaveAttribute('aria-disabled', 'true');
  });

  it('works by keyboard only and keeps focus on the pressed button', async () => {
    const user = userEvent.setup();
    render(<WorksOnMyMachine />);
    button('설치된 그대로 실행').focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(button('설치된 그대로 실행'));
    await user.tab();
    await user.keyboard(' ');
    expect(document.activeElement).toBe(button('도커로 실행'));
    expect(narration()).toContain('세 곳 모두 잘 됩니다');
  });

  it('with reduced motion nothing animates', async () => {
    mockMatchMedia(true);
    const user = userEvent.setup();
    const { container } = render(<WorksOnMyMachine />);
    await user.click(button('설치된 그대로 실행'));
    expect(container.querySelector('[data-reduced-motion]')).toHaveAttribute('data-reduced-motion', 'true');
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
    expect(narration()).toContain('내 맥: 잘 됩니다.');
  });
});
