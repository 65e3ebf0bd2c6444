'use client';

import { SearchIcon } from '@/components/icons';
import { SiteLink } from '@/components/site-link';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { josa } from 'es-hangul';
import { find, type Found } from '@/lib/search/forgive';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';
import type { LoadedSearch } from '@/lib/search/index-file';
import { loadSearch } from './load-search';
import { clearRecentSearches, readRecentSearches, rememberSearch } from './recent-searches';

// A modal <dialog> holding a WAI-ARIA combobox: focus stays in the text field while the arrow keys
// move the active option (aria-activedescendant), Enter follows it, Escape closes. Each option is
// a link, so a pointer (or a middle click) works as links always do.

type Props = { onClose: () => void };

type Status = 'loading' | 'ready' | 'failed';

const maxResults = 12;

const nothing: Found = { hits: [], suggestions: [] };

// ‘도커’로, ‘롤백’으로: the particle follows the word's last sound.
const searchedForMessage = (word: string, count: number) =>
  `‘${word}’${josa.pick(word, '으로/로')} 찾았습니다. 검색 결과 ${count}개`;

export function SearchDialog({ onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [loaded, setLoaded] = useState<LoadedSearch>();
  const [status, setStatus] = useState<Status>('loading');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [recent, setRecent] = useState<string[]>(readRecentSearches);
  const inputRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listId = `${baseId}-results`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    let current = true;
    loadSearch().then(
      (result) => {
        if (!current) return;
        setLoaded(result);
        setStatus('ready');
      },
      () => current && setStatus('failed'),
    );
    return () => {
      current = false;
    };
  }, []);

  const found = useMemo<Found>(() => (loaded && query.trim() ? find(loaded, query, maxResults) : nothing), [loaded, query]);
  const hits = found.hits;

  // A suggestion or a recent search is typed in for the reader, and focus stays in the field.
  function searchFor(text: string) {
    setQuery(text);
    setActive(0);
    inputRef.current?.focus();
  }
  const activeIndex = hits.length === 0 ? -1 : Math.min(active, hits.length - 1);

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // While the IME is composing a syllable, Enter and the arrows belong to it.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.click();
    }
  }

  const message =
    status === 'loading'
      ? '검색 목록을 불러오는 중입니다…'
      : status === 'failed'
        ? '검색 목록을 불러오지 못했습니다. 닫았다가 다시 열어 주세요.'
        : !query.trim()
          ? '장 제목, 절 제목, 본문, 용어집에서 찾습니다. 한글과 영어 이름 모두 됩니다.'
          : hits.length === 0
            ? `‘${query.trim()}’에 맞는 내용이 없습니다.${found.suggestions.length > 0 ? ' 아래 용어로 찾아보세요.' : ''}`
            : found.searchedFor
              ? searchedForMessage(found.searchedFor, hits.length)
              : `검색 결과 ${hits.length}개`;
  const showRecent = status === 'ready' && !query.trim() && recent.length > 0;

  return (
    // The dialog's own Escape handling closes it; `close` then tells the launcher.
    <dialog
      ref={dialogRef}
      aria-label="강의 검색"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog box itself, outside its content) closes it.
        if (event.target === dialogRef.current) dialogRef.current.close();
      }}
      className="fixed inset-x-0 top-0 mx-auto mt-2 flex max-h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] max-w-2xl flex-col overflow-hidden rounded-2xl border border-line bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/50 sm:mt-[10vh] sm:max-h-[min(40rem,80dvh)]"
    >
      <div className="flex items-center gap-2 border-b border-line px-3 sm:px-4">
        <SearchIcon className="size-5 shrink-0 text-muted" />
        {/* type="text", not "search": Chromium's search field eats the first Escape to clear itself. */}
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label="검색어"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoFocus
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder="예: 레이어 캐시, 파드, k8s"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="h-14 min-w-0 flex-1 bg-transparent text-base text-fg outline-none placeholder:text-muted"
        />
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className="shrink-0 rounded-lg px-2 py-1 text-sm font-medium text-muted hover:bg-surface hover:text-fg"
        >
          닫기
        </button>
      </div>
      <p role="status" className="px-4 pt-3 pb-1 text-sm text-muted">
        {message}
      </p>
      {hits.length === 0 && found.suggestions.length > 0 && (
        <Choices label="추천 검색어" items={found.suggestions} onChoose={searchFor} />
      )}
      {showRecent && (
        <div className="px-4 pb-2">
          <div className="flex items-center justify-between gap-2">
            <h2 className="text-sm font-semibold text-fg">최근 검색</h2>
            <button
              type="button"
              onClick={() => {
                clearRecentSearches();
                setRecent([]);
                inputRef.current?.focus();
              }}
              className="rounded-lg px-2 py-1 text-sm font-medium text-muted hover:bg-surface hover:text-fg"
            >
              최근 검색 지우기
            </button>
          </div>
          <Choices label="최근 검색" items={recent} onChoose={searchFor} />
        </div>
      )}
      <ul ref={listRef} id={listId} role="listbox" aria-label="검색 결과" className="min-h-0 flex-1 overflow-y-auto px-2 pb-2">
        {hits.map((hit, index) => (
          <li key={hit.id} role="presentation">
            <SiteLink
              id={optionId(index)}
              href={hit.url}
              role="option"
              aria-selected={index === activeIndex}
              tabIndex={-1}
              onClick={() => {
                setRecent(rememberSearch(query));
                dialogRef.current?.close();
              }}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              className="block rounded-xl px-3 py-2.5 text-fg aria-selected:bg-accent-soft aria-selected:outline-2 aria-selected:outline-accent"
            >
              <span className="block text-xs font-semibold text-accent-strong">{hit.place}</span>
              <span className="block font-semibold">
                <Marked segments={highlight(hit.title, new Set(hit.terms))} />
              </span>
              <span className="mt-0.5 block text-sm leading-6 text-muted">
                <Marked segments={snippet(hit.text, new Set(hit.terms))} />
              </span>
            </SiteLink>
          </li>
        ))}
      </ul>
      <p aria-hidden="true" className="hidden border-t border-line px-4 py-2 text-xs text-muted sm:block">
        <kbd className="font-sans">↑</kbd> <kbd className="font-sans">↓</kbd> 이동 · <kbd className="font-sans">Enter</kbd> 열기 ·{' '}
        <kbd className="font-sans">Esc</kbd> 닫기
      </p>
    </dialog>
  );
}

function Choices({ label, items, onChoose }: { label: string; items: readonly string[]; onChoose: (text: string) => void }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2 px-4 py-2">
      {items.map((item) => (
        <li key={item}>
          <button
            type="button"
            onClick={() => onChoose(item)}
            className="rounded-full border border-line px-3 py-1 text-sm text-fg hover:bg-surface"
          >
            {item}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.mark ? (
      <mark
        key={index}
        className="rounded-sm bg-transparent font-semibold text-accent-strong underline decoration-2 underline-offset-2"
      >
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
