import { execFileSync } from 'node:child_process';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchLauncher } from '@/components/search/search-launcher';
import type { SearchIndexFile } from '@/lib/search/index-file';
import { polyfillDialog } from './dialog-polyfill';

let indexFile: SearchIndexFile;
const fetchIndex = vi.fn();

// The real index, made as the build makes it: every chapter through the MDX pipeline. That
// pipeline runs esbuild, which refuses jsdom's TextEncoder, so it runs in a Node process of its own.
const buildIndex = `
  const { componentProps } = await import('./components/mdx/component-props.ts');
  const { buildSearchIndex } = await import('./lib/search/build-index.ts');
  process.stdout.write(JSON.stringify(await buildSearchIndex(componentProps)));
`;

beforeAll(() => {
  polyfillDialog();
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', buildIndex], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  indexFile = JSON.parse(output) as SearchIndexFile;
}, 60_000);

beforeEach(() => {
  localStorage.clear();
  fetchIndex.mockImplementation(async () => new Response(JSON.stringify(indexFile)));
  vi.stubGlobal('fetch', fetchIndex);
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchIndex.mockReset();
});

async function openWithButton() {
  const user = userEvent.setup();
  render(<SearchLauncher />);
  await user.click(screen.getByRole('button', { name: '검색' }));
  const dialog = await screen.findByRole('dialog', { name: '강의 검색' });
  const input = within(dialog).getByRole('combobox', { name: '검색어' });
  await within(dialog).findByText(/장 제목, 절 제목/);
  return { user, dialog, input };
}

describe('search', () => {
  it('loads nothing until opened, then finds a section with the match highlighted', async () => {
    const user = userEvent.setup();
    render(<SearchLauncher />);
    expect(fetchIndex).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '검색' }));
    const dialog = await screen.findByRole('dialog', { name: '강의 검색' });
    const input = within(dialog).getByRole('combobox', { name: '검색어' });
    expect(input).toHaveFocus();
    expect(fetchIndex).toHaveBeenCalledWith('/search-index.json');
    await within(dialog).findByText(/장 제목, 절 제목/);

    await user.type(input, '롤백');
    const options = within(dialog).getAllByRole('option');
    expect(within(dialog).getByRole('status')).toHaveTextContent(`검색 결과 ${options.length}개`);
    const first = options[0];
    expect(first).toHaveAttribute('href', '/learn/kubernetes#rolling-update');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveTextContent('6장 쿠버네티스');
    expect(first?.querySelector('mark')).toHaveTextContent(/^롤백/);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first?.id);
  });

  it('moves through results with the arrow keys and follows the active one with Enter', async () => {
    const { user, input, dialog } = await openWithButton();
    await user.type(input, '파드');
    const options = within(dialog).getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options.at(-1)?.id);

    // Catch the navigation before jsdom (which cannot navigate) sees it.
    const followed: string[] = [];
    const onClick = (event: MouseEvent) => {
      followed.push((event.target as HTMLElement).closest('a')?.getAttribute('href') ?? '');
      event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    await user.keyboard('{Enter}');
    document.removeEventListener('click', onClick, true);
    expect(followed).toEqual([options.at(-1)?.getAttribute('href')]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('ignores Enter while the IME is still composing', async () => {
    const { user, input, dialog } = await openWithButton();
    await user.type(input, '도커');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says so when nothing matches, and finds English names from Korean', async () => {
    const { user, input, dialog } = await openWithButton();
    await user.type(input, '바나나');
    expect(within(dialog).getByRole('status')).toHaveTextContent('‘바나나’에 맞는 내용이 없습니다.');
    expect(within(dialog).queryAllByRole('option')).toEqual([]);
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await user.clear(input);
    await user.type(input, 'k8s');
    expect(within(dialog).getAllByRole('option')[0]).toHaveAttribute('href', '/learn/kubernetes');
  });

  it('searches the Hangul a reader typed with the keyboard left in English, and says so', async () => {
    const { user, input, dialog } = await openWithButton();
    await user.type(input, 'ehzj');
    const options = within(dialog).getAllByRole('option');
    expect(within(dialog).getByRole('status')).toHaveTextContent(`‘도커’로 찾았습니다. 검색 결과 ${options.length}개`);
    expect(options[0]?.getAttribute('href')).toMatch(/^\/learn\/docker/);

    await user.clear(input);
    await user.type(input, 'ㄹㅂ');
    expect(within(dialog).getByRole('status')).toHaveTextContent('‘롤백’으로 찾았습니다.');
    expect(within(dialog).getAllByRole('option')[0]).toHaveAttribute('href', '/learn/kubernetes#rolling-update');
  });

  it('suggests glossary terms when nothing matches, and searches the one chosen', async () => {
    const { user, input, dialog } = await openWithButton();
    await user.type(input, '도카드');
    expect(within(dialog).getByRole('status')).toHaveTextContent('‘도카드’에 맞는 내용이 없습니다. 아래 용어로 찾아보세요.');
    const suggestions = within(within(dialog).getByRole('list', { name: '추천 검색어' })).getAllByRole('button');
    expect(suggestions.map((button) => button.textContent)).toContain('도커');
    await user.click(within(dialog).getByRole('button', { name: '도커' }));
    expect(input).toHaveValue('도커');
    expect(input).toHaveFocus();
    expect(within(dialog).getAllByRole('option').length).toBeGreaterThan(0);
    expect(within(dialog).queryByRole('list', { name: '추천 검색어' })).not.toBeInTheDocument();
  });

  it('keeps the searches that led somewhere, offers them again, and clears them', async () => {
    const first = await openWithButton();
    await first.user.type(first.input, '롤백');
    const stop = (event: MouseEvent) => event.preventDefault();
    document.addEventListener('click', stop);
    await first.user.click(within(first.dialog).getAllByRole('option')[0] as HTMLElement);
    document.removeEventListener('click', stop);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await first.user.click(screen.getByRole('button', { name: '검색' }));
    const dialog = await screen.findByRole('dialog', { name: '강의 검색' });
    const recent = await within(dialog).findByRole('list', { name: '최근 검색' });
    await first.user.click(within(recent).getByRole('button', { name: '롤백' }));
    const input = within(dialog).getByRole('combobox', { name: '검색어' });
    expect(input).toHaveValue('롤백');
    expect(within(dialog).getAllByRole('option')[0]).toHaveAttribute('href', '/learn/kubernetes#rolling-update');

    await first.user.clear(input);
    await first.user.click(within(dialog).getByRole('button', { name: '최근 검색 지우기' }));
    expect(within(dialog).queryByRole('list', { name: '최근 검색' })).not.toBeInTheDocument();
    expect(localStorage.getItem('search-recent')).toBeNull();
  });

  it('ignores recent searches it cannot read', async () => {
    localStorage.setItem('search-recent', '{"not": "a list"');
    const { user, input, dialog } = await openWithButton();
    expect(within(dialog).queryByRole('list', { name: '최근 검색' })).not.toBeInTheDocument();
    await user.type(input, '롤백');
    expect(within(dialog).getAllByRole('option').length).toBeGreaterThan(0);
  });

  it('closes with its button and gives focus back to the search button', async () => {
    const { user, dialog } = await openWithButton();
    await user.click(within(dialog).getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '검색' })).toHaveFocus();
  });

  it('opens with / and Ctrl+K, but not while typing in a field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="다른 입력" />
        <SearchLauncher />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: '다른 입력' }));
    await user.keyboard('/');
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '다른 입력' })).toHaveValue('/');

    (document.activeElement as HTMLElement).blur();
    await user.keyboard('/');
    expect(await screen.findByRole('dialog', { name: '강의 검색' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '닫기' }));

    await user.keyboard('{Meta>}k{/Meta}');
    expect(await screen.findByRole('dialog', { name: '강의 검색' })).toBeInTheDocument();
  });

  it('tells the reader when the index cannot be loaded', async () => {
    fetchIndex.mockImplementation(async () => new Response('nope', { status: 500 }));
    // The loader keeps a loaded index for the page's life; a fresh module graph has none.
    vi.resetModules();
    const { SearchLauncher: FreshLauncher } = await import('@/components/search/search-launcher');
    const user = userEvent.setup();
    render(<FreshLauncher />);
    await user.click(screen.getByRole('button', { name: '검색' }));
    expect(await screen.findByText('검색 목록을 불러오지 못했습니다. 닫았다가 다시 열어 주세요.')).toBeInTheDocument();
  });
});
