import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContinueReading } from '@/components/progress/continue-reading';
import { MarkDone } from '@/components/progress/mark-done';
import { forgetMarks } from '@/components/progress/progress-store';
import { resetQuizMemory } from '@/components/quiz/quiz-store';
import { marksStorageKey } from '@/lib/progress/marks';

const chapters = [
  { slug: 'docker', number: 1, title: 'Docker란 무엇인가' },
  { slug: 'background', number: 2, title: '배경' },
];

beforeEach(() => {
  localStorage.clear();
  forgetMarks();
  resetQuizMemory();
});

describe('the home page’s first link', () => {
  it('starts a new reader at chapter 1', () => {
    render(<ContinueReading chapters={chapters} />);
    expect(screen.getByRole('link', { name: '1장부터 시작하기' })).toHaveAttribute('href', '/learn/docker');
  });

  it('continues at the first chapter not done once the reader has started, and offers chapter 1 again after the last', async () => {
    localStorage.setItem(marksStorageKey, JSON.stringify({ v: 1, marked: ['docker'] }));
    render(
      <>
        <ContinueReading chapters={chapters} />
        <MarkDone slug="background" />
      </>,
    );
    expect(screen.getByRole('link', { name: '이어서 읽기: 2장' })).toHaveAttribute('href', '/learn/background');
    await userEvent.click(screen.getByRole('button', { name: '완료로 표시' }));
    expect(screen.getByRole('link', { name: /1장부터 다시 읽기/ })).toHaveAttribute('href', '/learn/docker');
  });
});
