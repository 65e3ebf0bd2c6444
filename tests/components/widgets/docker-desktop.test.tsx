import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DockerDesktop } from '@/components/widgets/docker-desktop/docker-desktop';
import { mockMatchMedia } from './match-media';
import { narration, button, wait } from './widget-queries';

const here = () => document.querySelector('[aria-current="step"]')?.textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  mockMatchMedia(false);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('DockerDesktop', () => {
  it('renders a still figure and a transcript on the server, with no controls', () => {
    const html = renderToString(<DockerDesktop />);
    expect(html).toContain('<figure');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('Welcome to nginx!');
    expect(html).toContain('윈도우에서는: ');
    expect(html).not.toContain('<button');
  });

  it('docker run travels CLI → engine in the VM → Docker Hub → container, then the browser gets the page', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    expect(button('브라우저에서 localhost:8080 열기')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('docker run 실행'));
    expect(here()).toContain('터미널');
    await wait(2_600);
    expect(here()).toContain('Docker Engine');
    expect(narration()).toContain('Apple 가상화 프레임워크');
    await wait(2_600);
    expect(here()).toContain('Docker Hub');
    await wait(2_600);
    expect(here()).toContain('컨테이너');
    expect(narration()).toContain('8080번 포트가 이 포트로 이어집니다');
    await wait(10_000);
    expect(here()).toContain('컨테이너');

    await user.click(button('브라우저에서 localhost:8080 열기'));
    expect(here()).toContain('브라우저');
    await wait(2_600);
    expect(here()).toContain('포트 전달');
    await wait(2_600 * 2);
    expect(narration()).toContain('Welcome to nginx!');
    expect(button('docker run 실행')).toHaveAttribute('aria-disabled', 'true');
  });

  it('on Windows the engine runs in WSL 2', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    await user.click(screen.getByRole('radio', { name: '윈도우' }));
    expect(narration()).toContain('WSL 2');
    await user.click(button('docker run 실행'));
    expect(here()).toContain('PowerShell');
    await user.click(button('다음 단계'));
    expect(narration()).toContain('WSL 2 안에서 실행되는 Docker Engine');
    // Stepped by hand: the trip no longer moves by itself.
    const told = narration();
    await wait(10_000);
    expect(narration()).toBe(told);
  });

  it('the team story: publish, then the Mac and Windows laptops run it in a VM and the server directly', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<DockerDesktop />);
    expect(button('서버에서 실행')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('팀장: 이미지 푸시'));
    await user.click(button('맥에서 실행'));
    await user.click(button('윈도우에서 실행'));
    await user.click(button('서버에서 실행'));
    expect(narration()).toContain('가상 머신 없이');
    expect(narration()).toContain('모두 같은 이미지로');
    const machines = within(screen.getByRole('list', { name: '이미지를 실행하는 컴퓨터' })).getAllByRole('listitem', { name: undefined });
    expect(machines.filter((item) => item.textContent?.includes('컨테이너 myteam/myapp:1.0')).length).toBeGreaterThanOrEqual(3);
    await user.click(button('처음부터'));
    expect(narration()).toContain('맥이나 윈도우를 고른 뒤');
  });

  it('with reduced motion nothing animates and the narration still tells every station', async () => {
    mockMatchMedia(true);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(<DockerDesktop />);
    await user.click(button('docker run 실행'));
    const told = [narration()];
    for (let hop = 0; hop < 3; hop++) {
      await wait(2_600);
      told.push(narration());
    }
    expect(new Set(told).size).toBe(4);
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
  });
});
