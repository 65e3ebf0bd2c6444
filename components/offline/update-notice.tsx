import { CloseIcon } from '@/components/icons';

type Props = { onReload: () => void; onDismiss: () => void };

/** The polite offer of a new build. Focus stays where the reader is; the live region around it announces it. */
export function UpdateNotice({ onReload, onDismiss }: Props) {
  return (
    <div className="pointer-events-auto flex items-center gap-1 rounded-xl border border-line bg-bg py-1.5 pr-1.5 pl-4 text-sm text-fg shadow-lg">
      <span>새 버전이 있습니다</span>
      <span aria-hidden="true" className="text-muted">
        ·
      </span>
      <button
        type="button"
        onClick={onReload}
        className="min-h-10 rounded-lg px-3 font-semibold text-accent-strong underline underline-offset-4 hover:bg-surface"
      >
        새로고침
      </button>
      <button
        type="button"
        onClick={onDismiss}
        className="inline-flex size-10 items-center justify-center rounded-lg text-muted hover:bg-surface hover:text-fg"
      >
        <span className="sr-only">나중에</span>
        <CloseIcon className="size-4" />
      </button>
    </div>
  );
}
