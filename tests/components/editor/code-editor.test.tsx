import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CodeEditor, type EditorProblem } from '@/components/editor/code-editor';

// The shared editor on its own: a labelled text box, no tabs for one file, the problem's line
// reachable from its description, read-only with a reason, and a reset only when something changed.

function Harness({ problem = null, readOnly = false }: { problem?: EditorProblem | null; readOnly?: boolean }) {
  const initial = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n';
  const [value, setValue] = useState(initial);
  return (
    <CodeEditor
      label="매니페스트 편집기"
      files={[{ name: 'deployment.yaml', value, language: 'yaml' }]}
      active="deployment.yaml"
      onSelect={vi.fn()}
      onChange={(_, next) => setValue(next)}
      onReset={() => setValue(initial)}
      changed={value !== initial}
      problems={{ 'deployment.yaml': problem }}
      readOnly={readOnly}
      readOnlyReason="적용하는 동안에는 고칠 수 없습니다."
    />
  );
}

describe('CodeEditor', () => {
  it('is a named region with one labelled text box and no tabs for a single file; 처음 상태로 undoes the change', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('region', { name: '매니페스트 편집기' })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).toBeNull();
    const box = screen.getByRole('textbox', { name: 'deployment.yaml 내용' });
    const reset = screen.getByRole('button', { name: '처음 상태로' });
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    await user.type(box, 'x');
    expect(reset).toHaveAttribute('aria-disabled', 'false');
    await user.click(reset);
    expect(box).toHaveValue('apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n');
  });

  it('marks a problem: aria-invalid, the message as description, and a button that selects the line', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        problem={{
          line: 4,
          message: 'strict decoding error: unknown field "spec.replica"',
          explanation: '필드 이름이 틀렸습니다.',
        }}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'deployment.yaml 내용' }) as HTMLTextAreaElement;
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(
      '4번째 줄: strict decoding error: unknown field "spec.replica" 필드 이름이 틀렸습니다.',
    );
    await user.click(screen.getByRole('button', { name: '4번째 줄로 가기' }));
    expect(box).toHaveFocus();
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('  replicas: 3');
  });

  it('is read-only with its reason as description', () => {
    render(<Harness readOnly />);
    const box = screen.getByRole('textbox', { name: 'deployment.yaml 내용' });
    expect(box).toHaveAttribute('readonly');
    expect(box).toHaveAccessibleDescription('적용하는 동안에는 고칠 수 없습니다.');
  });
});
