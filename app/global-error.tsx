'use client';

import { site } from '@/lib/site';
import './globals.css';

// Any page that fails in the browser (never a widget: each has its own boundary and falls back to
// its still figure) lands here, in Korean, in the light theme (the theme script belongs to the
// layout this replaces). One boundary for the whole site: a segment error.tsx as well would cost
// every page another script for a screen it shows no better.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="ko">
      <body className="min-h-dvh antialiased">
        <title>{`문제가 생겼습니다 | ${site.name}`}</title>
        <main id="main" className="mx-auto max-w-3xl px-4 py-16 sm:px-6 sm:py-24">
          <h1 className="text-3xl font-bold text-fg sm:text-4xl">사이트를 보여 드리지 못했습니다</h1>
          <p className="mt-4 text-lg text-muted">
            페이지를 여는 중에 문제가 생겼습니다. 다시 시도하거나 처음 화면으로 돌아가 주세요.
          </p>
          <p className="mt-6 flex flex-wrap items-center gap-4">
            <button
              type="button"
              onClick={retry}
              className="min-h-11 rounded-lg bg-accent-strong px-4 font-semibold text-bg hover:opacity-90"
            >
              다시 시도
            </button>
            {/* A full page load, not the router's: the router may be what failed (and next/link would add 3 kB to every page). */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="font-semibold text-accent-strong underline underline-offset-4">
              처음 화면으로 돌아가기
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
