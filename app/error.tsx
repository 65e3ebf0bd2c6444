'use client';

import { useEffect } from 'react';

// A page that failed while running in the browser (never a widget: each widget has its own
// boundary and falls back to its still figure). Said in Korean, with a way on.
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6 sm:py-24">
      <h1 className="text-3xl font-bold text-fg sm:text-4xl">이 페이지를 보여 드리지 못했습니다</h1>
      <p className="mt-4 text-lg text-muted">
        페이지를 그리다가 문제가 생겼습니다. 다시 시도하거나, 그래도 안 되면 주소에서 # 뒤를 지우고 새로 고쳐 보세요.
      </p>
      <p className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={retry} className="min-h-11 rounded-lg bg-accent-strong px-4 font-semibold text-bg hover:opacity-90">
          다시 시도
        </button>
        {/* A full page load, not the router's: the router may be what failed (and next/link would add 3 kB to every page). */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="font-semibold text-accent-strong underline underline-offset-4">
          처음 화면으로 돌아가기
        </a>
      </p>
    </main>
  );
}
