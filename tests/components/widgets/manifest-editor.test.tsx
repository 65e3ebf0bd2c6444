import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Orchestrator } from '@/components/widgets/orchestrator/orchestrator';
import { MANIFESTS } from '@/lib/terminal/kubectl/manifests';
import { mockMatchMedia } from './match-media';

const deployment = MANIFESTS['deployment.yaml']!.text;

async function openEditor() {
  render(<Orchestrator scene="sandbox" terminal />);
  const toggle = screen.getByRole('button', { name: '매니페스트 편집' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  fireEvent.click(toggle);
  expect(screen.getByRole('button', { name: '매니페스트 편집 닫기' })).toHaveAttribute('aria-expanded', 'true');
  return screen.findByRole('textbox', { name: 'deployment.yaml 내용' }, { timeout: 10_000 });
}

describe('manifest editor', () => {
  beforeEach(() => mockMatchMedia(false));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on request with the file, its three files to pick, 적용 and 처음 상태로', async () => {
    const editor = await openEditor();
    expect(editor).toHaveValue(deployment);
    const files = screen.getByRole('tablist', { name: '파일' });
    expect(
      within(files)
        .getAllByRole('tab')
        .map((b) => b.textContent),
    ).toEqual(['deployment.yaml', 'service.yaml', 'hpa.yaml']);
    expect(within(files).getByRole('tab', { name: 'deployment.yaml' })).toHaveAttribute('aria-selected', 'true');
    fireEvent.click(within(files).getByRole('tab', { name: 'hpa.yaml' }));
    expect(screen.getByRole('textbox', { name: 'hpa.yaml 내용' })).toHaveValue(MANIFESTS['hpa.yaml']!.text);
    expect(screen.getByRole('button', { name: '적용' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '처음 상태로' })).toBeInTheDocument();
  });

  it('an unknown field: the problem points at its line, and 적용 shows the API server’s answer', async () => {
    const editor = await openEditor();
    fireEvent.change(editor, { target: { value: deployment.replace('spec:\n  selector', 'spec:\n  replica: 3\n  selector') } });
    expect(editor).toHaveAccessibleDescription(
      /strict decoding error: unknown field "spec\.replica".*spec\.replica라는 필드가 없습니다/,
    );
    fireEvent.click(screen.getByRole('button', { name: '10번째 줄로 가기' }));
    expect(editor).toHaveFocus();
    expect(
      (editor as HTMLTextAreaElement).value.slice(
        (editor as HTMLTextAreaElement).selectionStart,
        (editor as HTMLTextAreaElement).selectionEnd,
      ),
    ).toBe('  replica: 3');
    fireEvent.click(screen.getByRole('button', { name: '적용' }));
    const result = screen.getByRole('status', { name: '적용 결과' });
    expect(result).toHaveTextContent('strict decoding error: unknown field "spec.replica"');
    expect(result).toHaveTextContent('실패');
  });

  it('replicas: 적용 configures the Deployment and the picture follows; 처음 상태로 brings the text back', async () => {
    const editor = await openEditor();
    fireEvent.change(editor, { target: { value: deployment.replace('spec:\n  selector', 'spec:\n  replicas: 5\n  selector') } });
    expect(screen.getByText(/검사: 스키마와 검증 규칙에 맞습니다/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '적용' }));
    expect(screen.getByRole('status', { name: '적용 결과' })).toHaveTextContent('deployment.apps/web configured');
    const replicas = screen.getAllByText('레플리카(준비/의도)').find((el) => el.tagName === 'DT')!;
    expect(replicas.nextElementSibling).toHaveTextContent(/\/5개$/);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
    });
    expect(within(screen.getByRole('table')).getAllByRole('row').length - 1).toBe(5);
    fireEvent.click(screen.getByRole('button', { name: '처음 상태로' }));
    expect(screen.getByRole('textbox', { name: 'deployment.yaml 내용' })).toHaveValue(deployment);
  });

  it('a written pod template cannot go in a scene link, and the share control says so instead of blaming the history', async () => {
    const editor = await openEditor();
    fireEvent.change(editor, { target: { value: deployment.replace(/image: \S+/, 'image: myteam/myapp:9.9') } });
    fireEvent.click(screen.getByRole('button', { name: '적용' }));
    expect(screen.getByRole('status', { name: '적용 결과' })).toHaveTextContent('deployment.apps/web configured');
    expect(screen.getByRole('button', { name: '이 장면 공유' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('직접 편집한 내용은 장면 링크에 담을 수 없어, 지금 장면은 공유할 수 없습니다.')).toBeInTheDocument();
    expect(screen.queryByText(/기록이 너무 길어/)).not.toBeInTheDocument();
  });
});
