import type { ReactNode } from 'react';

type Props = {
  lines: readonly string[];
  /** True once the live widget is showing: the still figure is then for print only. */
  hidden: boolean;
  /** The still figure: the finished state, drawn without controls. */
  children: ReactNode;
};

// Without JavaScript (and in print) a widget is a still figure plus the text of every step. The
// list is rendered on the server and the client alike, so hydration matches; once live, the still
// figure is aria-hidden so it is not read twice.
export function Transcript({ lines, hidden, children }: Props) {
  const list = (className: string) => (
    <ol className={`list-decimal space-y-1 pl-5 ${className}`}>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ol>
  );
  return (
    <>
      <div className={hidden ? 'hidden print:block' : undefined} aria-hidden={hidden || undefined} data-still-figure="">
        {children}
        {list('mt-4 hidden text-sm text-fg print:block')}
      </div>
      <details className="text-sm text-fg print:hidden">
        <summary className="cursor-pointer font-semibold text-accent-strong">단계별 설명 읽기</summary>
        {list('mt-2')}
      </details>
    </>
  );
}
