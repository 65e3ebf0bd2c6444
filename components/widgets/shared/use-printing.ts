'use client';

import { useClientSnapshot } from '@/components/use-hydrated';

// True while the page is being printed. A store subscription renders synchronously inside the
// beforeprint event, before the browser lays the page out for paper, so a widget can add its
// print-only figure just in time instead of keeping a hidden copy in the page all along.
// Not every environment has matchMedia (jsdom, old WebViews); the print events still work there.
const printQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : null);

function subscribe(onChange: () => void) {
  const query = printQuery();
  query?.addEventListener('change', onChange);
  window.addEventListener('beforeprint', onChange);
  window.addEventListener('afterprint', onChange);
  return () => {
    query?.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', onChange);
    window.removeEventListener('afterprint', onChange);
  };
}

let printing = false;

function snapshot() {
  return printing || (printQuery()?.matches ?? false);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => (printing = true), { capture: true });
  window.addEventListener('afterprint', () => (printing = false), { capture: true });
}

export function usePrinting(): boolean {
  return useClientSnapshot(subscribe, snapshot, () => false);
}
