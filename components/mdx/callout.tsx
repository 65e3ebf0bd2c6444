import type { ReactNode } from 'react';

const kinds = {
  note: { label: '참고', className: 'border-accent bg-accent-soft' },
  tip: { label: '팁', className: 'border-ok bg-ok-soft' },
  warning: { label: '주의', className: 'border-warn bg-warn-soft' },
} as const;

type Props = { type?: keyof typeof kinds; title?: string; children: ReactNode };

export function Callout({ type = 'note', title, children }: Props) {
  const kind = kinds[type];
  return (
    <div role="note" aria-label={title ?? kind.label} className={`my-6 rounded-r-xl border-l-4 px-5 py-4 ${kind.className}`}>
      <p className="!mt-0 font-semibold text-fg">{title ?? kind.label}</p>
      <div className="[&>*:last-child]:mb-0">{children}</div>
    </div>
  );
}
