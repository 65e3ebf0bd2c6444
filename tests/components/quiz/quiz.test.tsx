import { act, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Choice, Explain, Prompt, Question, Quiz } from '@/components/quiz/quiz';
import { resetQuizMemory } from '@/components/quiz/quiz-store';
import { storageKey, unsavedNotes } from '@/lib/quiz/storage';

function TwoQuestions() {
  return (
    <Quiz id="test">
      <Question id="build" answer="b">
        <Prompt>docker build는 무엇을 만들까요?</Prompt>
        <Choice value="a">컨테이너</Choice>
        <Explain value="a">컨테이너는 docker run이 만듭니다.</Explain>
        <Choice value="b">이미지</Choice>
        <Explain value="b">Dockerfile을 읽어 이미지를 만듭니다.</Explain>
      </Question>
      <Question id="hub" answer="a">
        <Prompt>Docker Hub에 저장되는 것은?</Prompt>
        <Choice value="a">이미지</Choice>
        <Explain value="a">Docker Hub는 이미지 레지스트리입니다.</Explain>
        <Choice value="b">컨테이너</Choice>
        <Explain value="b">컨테이너는 각자의 컴퓨터에서 만들어집니다.</Explain>
      </Question>
    </Quiz>
  );
}

const group = (name: string) => screen.getByRole('radiogroup', { name });

beforeEach(() => {
  localStorage.clear();
  resetQuizMemory();
  vi.restoreAllMocks();
});

describe('<Quiz>', () => {
  it('renders one radio group per question, named by its prompt', () => {
    render(<TwoQuestions />);
    expect(screen.getAllByRole('radiogroup')).toHaveLength(2);
    const first = group('docker build는 무엇을 만들까요?');
    expect(
      within(first)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['a', 'b']);
    expect(within(first).getByRole('radio', { name: '이미지' })).not.toBeChecked();
    expect(screen.getByText('2문제가 있습니다. 답을 고르면 바로 해설이 나옵니다.')).toBeInTheDocument();
  });

  it('shows no explanation before an answer', () => {
    render(<TwoQuestions />);
    expect(screen.queryByText('Dockerfile을 읽어 이미지를 만듭니다.')).not.toBeInTheDocument();
  });

  it('announces the result and the explanation of the chosen answer in a live region', async () => {
    const user = userEvent.setup();
    render(<TwoQuestions />);
    const first = group('docker build는 무엇을 만들까요?');
    await user.click(within(first).getByRole('radio', { name: '컨테이너' }));

    const status = within(first).getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('오답입니다.');
    expect(status).toHaveTextContent('컨테이너는 docker run이 만듭니다.');

    await user.click(within(first).getByRole('radio', { name: '이미지' }));
    expect(status).toHaveTextContent('정답입니다.');
    expect(status).toHaveTextContent('Dockerfile을 읽어 이미지를 만듭니다.');
    expect(status).not.toHaveTextContent('컨테이너는 docker run이 만듭니다.');
  });

  it('works with the keyboard alone: Tab into the group, arrows to choose', async () => {
    const user = userEvent.setup();
    render(<TwoQuestions />);
    await user.tab();
    const first = group('docker build는 무엇을 만들까요?');
    expect(within(first).getByRole('radio', { name: '컨테이너' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const image = within(first).getByRole('radio', { name: '이미지' });
    expect(image).toHaveFocus();
    expect(image).toBeChecked();
    expect(within(first).getByRole('status')).toHaveTextContent('정답입니다.');
  });

  it('scores the quiz, saves answers and marks the chapter complete', async () => {
    const user = userEvent.setup();
    render(<TwoQuestions />);
    await user.click(within(group('docker build는 무엇을 만들까요?')).getByRole('radio', { name: '이미지' }));
    expect(screen.getByText('2문제 중 1문제를 맞혔습니다. 아직 1문제가 남았습니다.')).toBeInTheDocument();
    await user.click(within(group('Docker Hub에 저장되는 것은?')).getByRole('radio', { name: '이미지' }));
    expect(screen.getByText('2문제를 모두 맞혔습니다. 이 장을 마쳤습니다.')).toBeInTheDocument();

    const saved = JSON.parse(localStorage.getItem(storageKey('test')) ?? 'null');
    expect(saved).toEqual({ v: 1, answers: { build: 'b', hub: 'a' }, completed: true });
  });

  it('restores saved answers for a returning reader without announcing them', () => {
    localStorage.setItem(storageKey('test'), JSON.stringify({ v: 1, answers: { build: 'a' }, completed: false }));
    render(<TwoQuestions />);
    const first = group('docker build는 무엇을 만들까요?');
    expect(within(first).getByRole('radio', { name: '컨테이너' })).toBeChecked();
    expect(within(first).getByText('컨테이너는 docker run이 만듭니다.')).toBeVisible();
    expect(within(first).getByRole('status').textContent).toBe('');
  });

  it('can be reset with “다시 풀기”', async () => {
    const user = userEvent.setup();
    render(<TwoQuestions />);
    await user.click(within(group('docker build는 무엇을 만들까요?')).getByRole('radio', { name: '이미지' }));
    await user.click(screen.getByRole('button', { name: '다시 풀기' }));
    expect(within(group('docker build는 무엇을 만들까요?')).getByRole('radio', { name: '이미지' })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: '다시 풀기' })).not.toBeInTheDocument();
  });

  it.each([
    ['corrupt JSON', '{"v":1,"answers":'],
    ['a wrong shape', JSON.stringify({ v: 1, answers: 'build' })],
    ['an unknown version', JSON.stringify({ v: 99, answers: { build: 'a' } })],
  ])('renders normally when storage holds %s', (_, raw) => {
    localStorage.setItem(storageKey('test'), raw);
    render(<TwoQuestions />);
    expect(screen.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
  });

  it('keeps working for this visit when storage is full or disabled', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const user = userEvent.setup();
    render(<TwoQuestions />);
    const first = group('docker build는 무엇을 만들까요?');
    await user.click(within(first).getByRole('radio', { name: '이미지' }));
    expect(within(first).getByRole('radio', { name: '이미지' })).toBeChecked();
    expect(within(first).getByRole('status')).toHaveTextContent('정답입니다.');
  });

  it('tells the reader once, politely, that a full storage will not remember the answers', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    render(<TwoQuestions />);
    const note = () => screen.queryAllByText(unsavedNotes.failed);
    expect(note()).toHaveLength(0);
    await user.click(within(group('docker build는 무엇을 만들까요?')).getByRole('radio', { name: '이미지' }));
    expect(note()).toHaveLength(1);
    expect(note()[0]).toHaveAttribute('role', 'status');
    await user.click(within(group('Docker Hub에 저장되는 것은?')).getByRole('radio', { name: '이미지' }));
    expect(note()).toHaveLength(1);
  });

  it('does not overwrite answers a newer version of the site saved, and says why', async () => {
    const newer = JSON.stringify({ v: 2, answers: { build: { choice: 'b' } } });
    localStorage.setItem(storageKey('test'), newer);
    const user = userEvent.setup();
    render(<TwoQuestions />);
    await user.click(within(group('docker build는 무엇을 만들까요?')).getByRole('radio', { name: '이미지' }));
    expect(localStorage.getItem(storageKey('test'))).toBe(newer);
    expect(screen.getByText(unsavedNotes['kept-newer'])).toHaveAttribute('role', 'status');
  });

  it('follows changes made in another tab', () => {
    render(<TwoQuestions />);
    localStorage.setItem(storageKey('test'), JSON.stringify({ v: 1, answers: { hub: 'b' }, completed: false }));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: storageKey('test') }));
    });
    expect(within(group('Docker Hub에 저장되는 것은?')).getByRole('radio', { name: '컨테이너' })).toBeChecked();
  });

  it('keeps a choice the reader made on the server-rendered page before it came alive', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(<TwoQuestions />);
    // The radios work before any script has run; the browser alone records the click.
    const early = within(container).getAllByRole('radio', { name: '컨테이너' })[0] as HTMLInputElement;
    early.checked = true;
    await act(async () => {
      render(<TwoQuestions />, { container, hydrate: true });
    });
    const first = group('docker build는 무엇을 만들까요?');
    expect(within(first).getByRole('radio', { name: '컨테이너' })).toBeChecked();
    expect(within(first).getByRole('status')).toHaveTextContent(
      '오답입니다. 다른 답도 골라 보세요.컨테이너는 docker run이 만듭니다.',
    );
    expect(JSON.parse(localStorage.getItem(storageKey('test'))!).answers).toEqual({ build: 'a' });
  });
});
