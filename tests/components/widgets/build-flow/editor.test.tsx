import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildFlow } from '@/components/widgets/build-flow/build-flow';
import { initialFiles } from '@/lib/simulations/build-flow';
import { mockMatchMedia } from '../match-media';
import { button, narration, wait } from '../widget-queries';

// The 편집 control of the build-flow widget: the editor arrives on first open, what is typed is
// what 빌드 builds, a broken Dockerfile is marked at its line and never breaks the widget.

const wholeBuild = 6_000;
const dockerfileSays = (text: string) => within(screen.getByRole('list', { name: /레시피/ })).queryAllByText(text);
const terminalText = () => screen.getByRole('list', { name: '터미널 출력' }).textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  mockMatchMedia(false);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

async function openEditor() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  render(<BuildFlow />);
  const toggle = button('편집');
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const editor = await screen.findByRole('region', { name: '빌드 컨텍스트 편집기' });
  return { user, editor };
}

describe('BuildFlow editor', { timeout: 20_000 }, () => {
  it('opens with one tab per file of the build context, the Dockerfile shown', async () => {
    const { editor } = await openEditor();
    const tabs = within(editor).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Dockerfile',
      'Gemfile',
      'Gemfile.lock',
      'app/controllers/pages_controller.rb',
    ]);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(within(editor).getByRole('textbox', { name: 'Dockerfile 내용' })).toHaveValue(initialFiles.Dockerfile);
    expect(within(editor).getByRole('button', { name: '처음 상태로' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('a misspelt instruction is marked at its line with BuildKit’s words; the build stops, the image stays', async () => {
    const { user, editor } = await openEditor();
    await user.click(button('빌드'));
    await wait(wholeBuild);
    const box = within(editor).getByRole('textbox', { name: 'Dockerfile 내용' });
    await user.click(box);
    const at = initialFiles.Dockerfile!.indexOf('RUN bundle');
    (box as HTMLTextAreaElement).setSelectionRange(at, at);
    await user.keyboard('N');
    expect(box).toHaveValue(initialFiles.Dockerfile!.replace('RUN bundle', 'NRUN bundle'));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      /5번째 줄: dockerfile parse error on line 5: unknown instruction: NRUN \(did you mean RUN\?\)/,
    );
    expect(within(editor).getByRole('tab', { name: 'Dockerfile (오류)' })).toBeInTheDocument();

    await user.click(button('빌드'));
    await wait(300);
    expect(narration()).toContain('빌드가 5번째 줄에서 멈췄습니다');
    expect(narration()).toContain('rails-app:1 이미지는 그대로 있습니다');
    expect(terminalText()).toContain('ERROR: failed to build: failed to solve: dockerfile parse error on line 5');
    expect(dockerfileSays('오류')).toHaveLength(1);
    expect(screen.getAllByRole('list', { name: '이미지 레이어' })[0]?.children).toHaveLength(6);

    await user.click(within(editor).getByRole('button', { name: '처음 상태로' }));
    expect(box).toHaveValue(initialFiles.Dockerfile);
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it('an edit of the app code, built at once: only the last COPY runs, the rest is CACHED', async () => {
    const { user, editor } = await openEditor();
    await user.click(button('빌드'));
    await wait(wholeBuild);
    await user.click(within(editor).getByRole('tab', { name: 'app/controllers/pages_controller.rb' }));
    const box = within(editor).getByRole('textbox', { name: 'app/controllers/pages_controller.rb 내용' });
    await user.type(box, '# 고침');
    await user.click(button('빌드'));
    await wait(wholeBuild);
    expect(dockerfileSays('CACHED')).toHaveLength(5);
    expect(narration()).toContain('단계 1개만 다시 실행해');
  });

  it('arrow keys move between the file tabs', async () => {
    const { user, editor } = await openEditor();
    within(editor).getAllByRole('tab')[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(editor).getByRole('tab', { name: 'Gemfile' })).toHaveFocus();
    expect(within(editor).getByRole('textbox', { name: 'Gemfile 내용' })).toHaveValue(initialFiles.Gemfile);
    await user.keyboard('{End}');
    expect(within(editor).getByRole('tab', { name: 'app/controllers/pages_controller.rb' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
