import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildFlow } from '@/components/widgets/build-flow/build-flow';
import { mockMatchMedia } from './match-media';
import { button, narration, spoken, wait } from './widget-queries';

const list = (name: string) => within(screen.getByRole('list', { name }));
const imageLayers = () => list('이미지 레이어').getAllByRole('listitem');
const containers = () => list('이 이미지의 컨테이너').getAllByRole('listitem');
const dockerfileSays = (text: string) => within(screen.getByRole('list', { name: /레시피/ })).queryAllByText(text);
const terminalText = () => screen.getByRole('list', { name: '터미널 출력' }).textContent ?? '';
/** A cold build is 45 ticks of 100 ms; this is comfortably past it. */
const wholeBuild = 6_000;

beforeEach(() => {
  // Only the widget's clock is faked: Testing Library's async wrapper waits on a real setTimeout.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  mockMatchMedia(false);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

// Many reader actions per test: give them room on a busy machine.
describe('BuildFlow', { timeout: 20_000 }, () => {
  it('renders the finished tour as a still figure and a transcript on the server, with no controls', () => {
    const html = renderToString(<BuildFlow />);
    expect(html).toContain('<figure');
    expect(html).toContain('단계별 설명 읽기');
    expect(html).toContain('모든 단계가 CACHED입니다');
    expect(html).toContain('rails-3');
    expect(html).not.toContain('<button');
  });

  it('builds once, tells the build once when it starts and once when it ends, and says time is compressed', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<BuildFlow />);
    expect(screen.getByText(/30배 빠르게 보여 줍니다/)).toBeInTheDocument();
    expect(button('실행')).toHaveAttribute('aria-disabled', 'true');
    expect(button('실행')).toHaveAccessibleDescription('먼저 빌드해서 이미지를 만들어야 실행할 수 있습니다.');

    await user.click(button('빌드'));
    const started = narration();
    expect(started).toContain('베이스 이미지 ruby:3.4-slim-trixie를 레지스트리에서 내려받고(풀)');
    await wait(1_500);
    // Steps have happened on screen; the sentence, shown and spoken, has not moved.
    expect(imageLayers().length).toBeGreaterThan(0);
    expect(narration()).toBe(started);
    expect(spoken()).toBe(started);
    await wait(wholeBuild);
    expect(imageLayers()).toHaveLength(6);
    expect(narration()).toContain('rails-app:1 이미지(ID');
    expect(narration()).toContain('EXPOSE와 CMD는 레이어 없이 설정만 남깁니다');
    expect(terminalText()).toContain('#11 naming to docker.io/library/rails-app:1 done');
  });

  it('rebuilding the unchanged Dockerfile is allowed and every line says CACHED', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<BuildFlow />);
    await user.click(button('빌드'));
    await wait(wholeBuild);
    const id = /ID ([0-9a-f]{12})/.exec(narration())?.[1];
    expect(button('빌드')).toHaveAttribute('aria-disabled', 'false');
    await user.click(button('빌드'));
    await wait(200);
    expect(narration()).toContain(`같은 이미지(ID ${id})`);
    expect(dockerfileSays('CACHED')).toHaveLength(6);
  });

  it('edits the app code beside its line; the rebuild reruns only that step', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<BuildFlow />);
    await user.click(button('빌드'));
    expect(button('앱 코드 고치기')).toHaveAttribute('aria-disabled', 'true');
    expect(button('앱 코드 고치기')).toHaveAccessibleDescription(/빌드가 끝난 뒤에 고칠 수 있습니다/);
    await wait(wholeBuild);
    await user.click(button('앱 코드 고치기'));
    expect(narration()).toContain('앞의 5단계는 캐시를 쓰고');
    expect(dockerfileSays('바뀜')).toHaveLength(1);
    await user.click(button('빌드'));
    await wait(500);
    expect(narration()).toContain('단계 1개만 다시 실행해 2초 만에');
    expect(dockerfileSays('CACHED')).toHaveLength(5);
  });

  it('draws one image with a thin writable layer per container, and a taken port fails with Docker’s error', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<BuildFlow />);
    await user.click(button('빌드'));
    await wait(wholeBuild);
    await user.click(button('실행'));
    await user.click(button('실행'));
    // The second run on 8080 is not greyed out: Docker creates it and cannot start it.
    expect(containers().map((item) => item.textContent)).toEqual([
      expect.stringContaining('실행 중'),
      expect.stringContaining('시작 못 함'),
    ]);
    expect(terminalText()).toContain('Bind for 0.0.0.0:8080 failed: port is already allocated');
    expect(narration()).toContain('rails-1 컨테이너가 쓰고 있기 때문입니다');
    expect(screen.getAllByRole('list', { name: '이미지 레이어' })).toHaveLength(1);

    await user.click(screen.getByRole('radio', { name: '8081' }));
    await user.click(button('실행'));
    await user.click(screen.getByRole('radio', { name: '8082' }));
    await user.click(button('실행'));
    expect(containers()).toHaveLength(4);
    expect(narration()).toContain('컨테이너 4개가 rails-app:1 이미지 하나를 함께 씁니다');
    // The lesson's limit is the rules' refusal, told beside the button.
    expect(button('실행')).toHaveAttribute('aria-disabled', 'true');
    expect(button('실행')).toHaveAccessibleDescription(/컨테이너를 4개까지 만듭니다/);
  });

  it('stops and removes a container, keeping focus in the widget', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<BuildFlow />);
    await user.click(button('빌드'));
    await wait(wholeBuild);
    await user.click(button('실행'));
    expect(button('rails-1 삭제')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('rails-1 삭제'));
    expect(containers()).toHaveLength(1);
    await user.click(button('rails-1 정지'));
    expect(containers()[0]).toHaveTextContent('정지됨');
    expect(narration()).toContain('8080번 포트도 비었습니다');
    await user.click(button('rails-1 삭제'));
    expect(screen.queryByRole('list', { name: '이 이미지의 컨테이너' })).not.toBeInTheDocument();
    expect(narration()).toContain('rails-1 컨테이너를 삭제했습니다');
    expect(document.activeElement).toHaveTextContent('2. 이미지와 컨테이너');
  });

  it('pauses and resumes a build from the same button, by keyboard, keeping focus on it', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<BuildFlow />);
    button('빌드').focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(button('일시 정지'));
    await user.keyboard(' ');
    expect(document.activeElement).toBe(button('빌드 계속'));
    const paused = terminalText();
    await wait(wholeBuild);
    expect(terminalText()).toBe(paused);
    expect(dockerfileSays('일시 정지')).toHaveLength(1);
    await user.keyboard('{Enter}');
    await wait(wholeBuild);
    expect(narration()).toContain('rails-app:1 이미지(ID');
  });

  it('다음 단계 plays the guided lesson; 처음부터 starts over', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<BuildFlow />);
    for (let step = 0; step < 8; step++) {
      await user.click(button('다음 단계'));
      await wait(wholeBuild);
    }
    expect(containers().map((item) => item.textContent?.slice(0, 7))).toEqual(['rails-1', 'rails-3']);
    expect(button('다음 단계')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('처음부터'));
    expect(narration()).toContain('Dockerfile은 이미지를 만드는 레시피입니다');
    expect(screen.queryByRole('list', { name: '이미지 레이어' })).not.toBeInTheDocument();
  });

  it('with reduced motion nothing animates and the narration still tells the build', async () => {
    mockMatchMedia(true);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { container } = render(<BuildFlow />);
    expect(container.querySelector('[data-reduced-motion]')).toHaveAttribute('data-reduced-motion', 'true');
    await user.click(button('빌드'));
    await wait(wholeBuild);
    expect(narration()).toContain('rails-app:1 이미지(ID');
    expect(container.querySelector('[class*="starting:"]')).toBeNull();
    expect(container.querySelector('[class*="transition"]')).toBeNull();
  });

  it('the compact form builds and runs without ports, edits or container buttons', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<BuildFlow variant="compact" />);
    expect(screen.queryByRole('button', { name: '앱 코드 고치기' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(button('빌드'));
    await wait(wholeBuild);
    await user.click(button('실행'));
    await user.click(button('실행'));
    expect(containers()).toHaveLength(2);
    expect(terminalText()).toMatch(/^[0-9a-f]{64}$/);
    expect(screen.getByText('docker run -d --name rails-2 rails-app:1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /정지/ })).not.toBeInTheDocument();
  });

  it('opens a shared scene paused at the moment it was sent; 빌드 then runs a build to the end', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    window.history.replaceState(null, '', '/learn/container?scene=build-flow-full.2.b_t45_p8080#build-flow-full');
    render(<BuildFlow />);
    expect(screen.getByText(/공유받은 장면을 그대로 열었습니다/)).toBeInTheDocument();
    expect(containers()).toHaveLength(1);
    expect(narration()).toContain('rails-1 컨테이너를 실행했습니다');
    await user.click(button('빌드'));
    await wait(500);
    expect(narration()).toContain('모든 단계가 CACHED입니다');
  });

  it('refuses a tampered or version-1 link politely and starts fresh', () => {
    window.history.replaceState(null, '', '/learn/container?scene=build-flow-full.2.b_t45_x1#build-flow-full');
    const { unmount } = render(<BuildFlow />);
    expect(screen.getByText(/링크가 올바르지 않아 열 수 없었습니다/)).toBeInTheDocument();
    unmount();
    window.history.replaceState(null, '', '/learn/container?scene=build-flow-full.1.b7_r#build-flow-full');
    render(<BuildFlow />);
    expect(screen.getByText(/예전 형식의 링크라 열 수 없었습니다/)).toBeInTheDocument();
    expect(narration()).toContain('Dockerfile은 이미지를 만드는 레시피입니다');
  });
});
