export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-lg bg-bg px-4 py-2 font-semibold text-accent-strong focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      본문으로 건너뛰기
    </a>
  );
}
