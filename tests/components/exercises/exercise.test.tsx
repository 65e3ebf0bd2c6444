import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Exercise, ExerciseHint, ExerciseSolution } from '@/components/exercises/exercise';
import { forgetObservedStates } from '@/components/exercises/observed-states';
import { ChapterNav } from '@/components/layout/chapter-nav';
import { forgetMarks } from '@/components/progress/progress-store';
import { Terminal } from '@/components/terminal/terminal';
import { DockerDesktop } from '@/components/widgets/docker-desktop/docker-desktop';
import { marksStorageKey } from '@/lib/progress/marks';
import { dockerWorld } from '@/lib/terminal/docker';
import { mockMatchMedia } from '../widgets/match-media';

/** The exercise's region once its live part (a chunk of its own) has arrived. */
async function region(title: string) {
  const found = await screen.findByRole('region', { name: `실습 과제: ${title}` });
  await within(found).findByText('상태:', {}, { timeout: 10_000 });
  return found;
}
const stored = () => JSON.parse(localStorage.getItem(marksStorageKey) ?? 'null') as { exercises?: string[] } | null;

function NginxExercise() {
  return (
    <Exercise id="docker-desktop-nginx-page" title="nginx 페이지 열기">
      <p>브라우저에 nginx 페이지가 뜰 때까지 따라가 보세요.</p>
      <ExerciseHint>
        <p>길을 끝까지 따라가야 합니다.</p>
      </ExerciseHint>
      <ExerciseSolution>
        <p>실행한 다음 브라우저를 엽니다.</p>
      </ExerciseSolution>
    </Exercise>
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  mockMatchMedia(false);
  localStorage.clear();
  forgetMarks();
  forgetObservedStates();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Exercise', () => {
  it('renders the task for every reader on the server, with a no-JavaScript note and no buttons', () => {
    const html = renderToString(<NginxExercise />);
    expect(html).toContain('실습 과제: </span>nginx 페이지 열기');
    expect(html).toContain('브라우저에 nginx 페이지가 뜰 때까지');
    expect(html).toContain('<noscript>');
    expect(html).toContain('자바스크립트가 켜져 있어야 합니다');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('길을 끝까지 따라가야 합니다');
  });

  it('shows its status, and the hint and the solution each on request', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<NginxExercise />);
    const exercise = within(await region('nginx 페이지 열기'));
    expect(exercise.getByText('브라우저에 nginx 페이지가 뜰 때까지 따라가 보세요.')).toBeVisible();
    expect(exercise.getByText('미완료')).toBeInTheDocument();
    const hint = exercise.getByRole('button', { name: '힌트 보기' });
    expect(hint).toHaveAttribute('aria-expanded', 'false');
    expect(exercise.getByText('길을 끝까지 따라가야 합니다.')).not.toBeVisible();
    await user.click(hint);
    expect(hint).toHaveAttribute('aria-expanded', 'true');
    expect(exercise.getByText('길을 끝까지 따라가야 합니다.')).toBeVisible();
    expect(exercise.getByText('실행한 다음 브라우저를 엽니다.')).not.toBeVisible();
    await user.click(exercise.getByRole('button', { name: '풀이 보기' }));
    expect(exercise.getByText('실행한 다음 브라우저를 엽니다.')).toBeVisible();
    await user.click(hint);
    expect(exercise.getByText('길을 끝까지 따라가야 합니다.')).not.toBeVisible();
  });

  it('turns 완료 when the widget’s buttons reach the goal, announces it once, and stores it', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <>
        <DockerDesktop />
        <NginxExercise />
      </>,
    );
    const exercise = within(await region('nginx 페이지 열기'));
    const figure = within(screen.getAllByRole('figure')[0] as HTMLElement);
    await user.click(figure.getByRole('button', { name: 'docker run 실행' }));
    for (let i = 0; i < 3; i += 1) await user.click(figure.getByRole('button', { name: '다음 지점으로' }));
    expect(exercise.getByText('미완료')).toBeInTheDocument();
    await user.click(figure.getByRole('button', { name: '브라우저에서 localhost:8080 열기' }));
    for (let i = 0; i < 3; i += 1) await user.click(figure.getByRole('button', { name: '다음 지점으로' }));
    expect(exercise.getByText('완료')).toBeInTheDocument();
    expect(exercise.getByRole('status')).toHaveTextContent('실습 과제를 완료했습니다: nginx 페이지 열기');
    expect(stored()?.exercises).toEqual(['docker-desktop-nginx-page']);
    // Going on and starting over in the widget does not undo it.
    await user.click(figure.getByRole('button', { name: '처음부터' }));
    expect(exercise.getByText('완료')).toBeInTheDocument();
  });

  it('turns 완료 when commands typed in the chapter’s terminal reach the goal', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <>
        <Terminal world={dockerWorld} />
        <Exercise id="docker-web-server" title="웹 서버 두 대">
          <p>웹 서버를 하나 더 띄워 보세요.</p>
        </Exercise>
      </>,
    );
    const exercise = within(await region('웹 서버 두 대'));
    const input = screen.getByRole('textbox', { name: '명령 입력' });
    await user.type(input, 'docker run -d --name web -p 8080:80 nginx{Enter}');
    expect(exercise.getByText('미완료')).toBeInTheDocument();
    await user.type(input, 'docker run -d --name web2 -p 8081:80 nginx{Enter}');
    expect(exercise.getByText('완료')).toBeInTheDocument();
    expect(exercise.queryByRole('button', { name: '힌트 보기' })).not.toBeInTheDocument();
  });

  it('shows a completion from an earlier visit quietly, and keeps the chapter marks of an old record', async () => {
    localStorage.setItem(marksStorageKey, JSON.stringify({ v: 2, marked: ['docker'], exercises: ['docker-desktop-nginx-page'] }));
    render(<NginxExercise />);
    const exercise = within(await region('nginx 페이지 열기'));
    expect(exercise.getByText('완료')).toBeInTheDocument();
    expect(exercise.getByRole('status')).toHaveTextContent('');
  });

  it('stores a completion over a format-1 record without losing its marks, and never over a newer record', async () => {
    localStorage.setItem(marksStorageKey, JSON.stringify({ v: 1, marked: ['docker'] }));
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <>
        <Terminal world={dockerWorld} />
        <Exercise id="docker-web-server" title="웹 서버 두 대">
          <p>과제</p>
        </Exercise>
      </>,
    );
    const exercise = within(await region('웹 서버 두 대'));
    const input = screen.getByRole('textbox', { name: '명령 입력' });
    await user.type(input, 'docker run -d -p 8080:80 nginx{Enter}docker run -d -p 8081:80 nginx{Enter}');
    expect(exercise.getByText('완료')).toBeInTheDocument();
    expect(stored()).toEqual({ v: 2, marked: ['docker'], exercises: ['docker-web-server'] });
  });

  it('keeps a newer record and says the completion was not stored', async () => {
    const newer = JSON.stringify({ v: 3, anything: true });
    localStorage.setItem(marksStorageKey, newer);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(
      <>
        <Terminal world={dockerWorld} />
        <Exercise id="docker-web-server" title="웹 서버 두 대">
          <p>과제</p>
        </Exercise>
      </>,
    );
    const exercise = within(await region('웹 서버 두 대'));
    const input = screen.getByRole('textbox', { name: '명령 입력' });
    await user.type(input, 'docker run -d -p 8080:80 nginx{Enter}docker run -d -p 8081:80 nginx{Enter}');
    expect(exercise.getByText('완료')).toBeInTheDocument();
    expect(exercise.getByText(/새 버전이 저장한 진도 기록이 있습니다/)).toBeInTheDocument();
    expect(localStorage.getItem(marksStorageKey)).toBe(newer);
  });
});

describe('the contents in the sidebar', () => {
  const chapters = [
    { slug: 'docker', number: 1, title: '도커' },
    { slug: 'docker-desktop', number: 5, title: 'Docker Desktop' },
  ];

  it('shows how many of a chapter’s exercises are done beside its done mark, and nothing before the first', async () => {
    localStorage.setItem(marksStorageKey, JSON.stringify({ v: 2, marked: [], exercises: ['docker-desktop-nginx-page'] }));
    render(<ChapterNav chapters={chapters} currentSlug="docker" />);
    expect(await screen.findByRole('link', { name: /^Docker Desktop ?실습 과제 3개 중 1개 완료$/ })).toBeInTheDocument();
    expect(screen.getByText('과제 1/3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '도커' })).toBeInTheDocument();
  });
});
