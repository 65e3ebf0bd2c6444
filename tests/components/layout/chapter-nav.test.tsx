import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChapterNav } from '@/components/layout/chapter-nav';
import { Pager } from '@/components/layout/pager';

const chapters = [
  { slug: 'docker', number: 1, title: 'Docker란 무엇인가' },
  { slug: 'background', number: 2, title: '배경' },
  { slug: 'container', number: 3, title: '컨테이너' },
];

describe('ChapterNav', () => {
  it('lists every chapter in order and marks only the current one', () => {
    render(<ChapterNav chapters={chapters} currentSlug="background" />);
    const nav = screen.getByRole('navigation', { name: '강의 목차' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/learn/docker', '/learn/background', '/learn/container']);
    expect(within(nav).getByRole('link', { name: /배경/ })).toHaveAttribute('aria-current', 'page');
    expect(links.filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('marks nothing outside a chapter', () => {
    render(<ChapterNav chapters={chapters} />);
    for (const link of screen.getAllByRole('link')) expect(link).not.toHaveAttribute('aria-current');
  });
});

describe('Pager', () => {
  it('links to the previous and next chapters by name', () => {
    render(<Pager previous={chapters[0]} next={chapters[2]} />);
    const nav = screen.getByRole('navigation', { name: '이전 장과 다음 장' });
    expect(within(nav).getByRole('link', { name: /이전 장.*Docker란 무엇인가/ })).toHaveAttribute('href', '/learn/docker');
    expect(within(nav).getByRole('link', { name: /다음 장.*컨테이너/ })).toHaveAttribute('href', '/learn/container');
  });

  it('has no previous link on the first chapter', () => {
    render(<Pager next={chapters[1]} />);
    expect(screen.queryByRole('link', { name: /이전 장/ })).toBeNull();
    expect(screen.getByRole('link', { name: /다음 장/ })).toHaveAttribute('href', '/learn/background');
  });
});
