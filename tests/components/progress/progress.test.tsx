import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChapterNav } from '@/components/layout/chapter-nav';
import { MarkDone } from '@/components/progress/mark-done';
import { forgetMarks } from '@/components/progress/progress-store';
import { ProgressSummary } from '@/components/progress/progress-summary';
import { resetQuizMemory } from '@/components/quiz/quiz-store';
import { marksStorageKey } from '@/lib/progress/marks';
import { storageKey } from '@/lib/quiz/storage';

const chapters = [
  { slug: 'docker', number: 1, title: 'Docker란 무엇인가' },
  { slug: 'background', number: 2, title: '배경' },
  { slug: 'container', number: 3, title: '컨테이너' },
];
const slugs = chapters.map((chapter) => chapter.slug);

beforeEach(() => {
  localStorage.clear();
  forgetMarks();
  resetQuizMemory();
});

function Page({ slug }: { slug: string }) {
  return (
    <>
      <ChapterNav chapters={chapters} currentSlug={slug} />
      <ProgressSummary slugs={slugs} />
      <MarkDone slug={slug} />
    </>
  );
}

describe('reading progress', () => {
  it('counts a passed quiz as done in the sidebar and the summary', () => {
    localStorage.setItem(storageKey('background'), JSON.stringify({ v: 1, answers: {}, completed: true }));
    render(<Page slug="background" />);
    const nav = screen.getByRole('navigation', { name: '강의 목차' });
    expect(within(nav).getByRole('link', { name: /^배경 ?완료$/ })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: '컨테이너' })).toBeInTheDocument();
    expect(screen.getByText('3장 중 1장 완료')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '이 장의 진도' })).toHaveTextContent('확인 문제를 모두 맞혀 이 장을 마쳤습니다.');
    expect(screen.queryByRole('button', { name: '완료로 표시' })).not.toBeInTheDocument();
  });

  it('lets the reader mark a chapter done and undo it, and remembers it', async () => {
    const user = userEvent.setup();
    render(<Page slug="container" />);
    const toggle = screen.getByRole('button', { name: '완료로 표시', pressed: false });
    await user.click(toggle);
    expect(screen.getByRole('button', { name: '완료로 표시', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^컨테이너 ?완료$/ })).toBeInTheDocument();
    expect(screen.getByText('3장 중 1장 완료')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(marksStorageKey) ?? '')).toEqual({ v: 2, marked: ['container'], exercises: [] });

    await user.click(toggle);
    expect(screen.getByRole('link', { name: '컨테이너' })).toBeInTheDocument();
    expect(localStorage.getItem(marksStorageKey)).toBeNull();
  });

  it('resets only after confirmation, clearing marks and quiz answers', async () => {
    localStorage.setItem(marksStorageKey, JSON.stringify({ v: 1, marked: ['docker'] }));
    localStorage.setItem(storageKey('background'), JSON.stringify({ v: 1, answers: { a: 'b' }, completed: true }));
    const user = userEvent.setup();
    render(<Page slug="docker" />);
    expect(screen.getByText('3장 중 2장 완료')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '진도 초기화' }));
    const question = screen.getByRole('group', { name: /지울까요/ });
    expect(within(question).getByRole('button', { name: '취소' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: '취소' }));
    expect(screen.getByText('3장 중 2장 완료')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '진도 초기화' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '진도 초기화' }));
    await user.click(screen.getByRole('button', { name: '지우기' }));
    expect(screen.getByText('3장 중 0장 완료')).toHaveFocus();
    expect(screen.getByText('진도를 초기화했습니다.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '진도 초기화' })).not.toBeInTheDocument();
    expect(localStorage.getItem(marksStorageKey)).toBeNull();
    expect(localStorage.getItem(storageKey('background'))).toBeNull();
    for (const link of within(screen.getByRole('navigation')).getAllByRole('link')) expect(link).not.toHaveAccessibleName(/완료/);
  });

  it('ignores corrupt storage and keeps working when storage refuses', async () => {
    localStorage.setItem(marksStorageKey, '{"v":1,"marked":[');
    localStorage.setItem(storageKey('docker'), 'nonsense');
    render(<Page slug="docker" />);
    expect(screen.getByText('3장 중 0장 완료')).toBeInTheDocument();

    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    try {
      await userEvent.setup().click(screen.getByRole('button', { name: '완료로 표시' }));
      expect(screen.getByText('3장 중 1장 완료')).toBeInTheDocument();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
