'use client';

import { SearchIcon } from '@/components/icons';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '../use-hydrated';
import { isSearchShortcut } from './shortcut';

// Everything that searches (the dialog, MiniSearch, the index) is fetched the first time the
// reader opens search; chapter pages only carry this button and the shortcut listener.
const SearchDialog = lazy(() => import('./search-dialog').then((module) => ({ default: module.SearchDialog })));

export function SearchLauncher() {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    // Back where the reader was: the button, or whatever had focus when the shortcut was pressed.
    returnFocus.current?.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [show]);

  return (
    <>
      {/* Without JavaScript the button could do nothing: until then it only holds its place. */}
      <button
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        aria-hidden={hydrated ? undefined : true}
        tabIndex={hydrated ? undefined : -1}
        className={`inline-flex h-10 items-center gap-2 rounded-lg px-2.5 text-sm font-medium text-muted hover:bg-surface hover:text-fg sm:border sm:border-line sm:pr-2 ${hydrated ? '' : 'invisible'}`}
      >
        <SearchIcon />
        <span className="sr-only sm:not-sr-only">검색</span>
        <kbd aria-hidden="true" className="hidden rounded border border-line px-1.5 font-sans text-xs sm:inline">
          /
        </kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
