'use client';

import { forwardRef, useImperativeHandle, useRef, useState, type UIEvent } from 'react';
import { cn } from '@/lib/cn';

// A plain-text editor: a native textarea (screen readers, phone keyboards, undo and selection all
// work as everywhere else) with line numbers beside it. Until the shared editor of
// components/editor lands, this small wrapper stands in for it with the same kind of props, so the
// swap is one import.

export type TextEditorProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** 1-based lines to mark (an error's line). */
  markedLines?: readonly number[];
  describedBy?: string;
};

export type TextEditorHandle = { focusLine: (line: number) => void };

export const TextEditor = forwardRef<TextEditorHandle, TextEditorProps>(function TextEditor(
  { id, label, value, onChange, onBlur, markedLines = [], describedBy },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const lines = value.split('\n').length;
  useImperativeHandle(ref, () => ({
    focusLine(line: number) {
      const element = area.current;
      if (!element) return;
      const rows = value.split('\n');
      const start = rows.slice(0, Math.max(0, line - 1)).reduce((sum, row) => sum + row.length + 1, 0);
      element.focus();
      element.setSelectionRange(start, start + (rows[line - 1]?.length ?? 0));
      // Bring the line into view: about 1.25rem per line at this size.
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
      element.scrollTop = Math.max(0, (line - 3) * lineHeight);
    },
  }));
  const marked = new Set(markedLines);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-fg">
        {label}
      </label>
      <div className="flex max-h-[28rem] overflow-hidden rounded-lg border border-line bg-code font-mono text-xs leading-5 sm:text-[0.8125rem]">
        <div
          aria-hidden="true"
          className="relative w-9 shrink-0 overflow-hidden border-r border-line text-right text-muted select-none"
        >
          <div style={{ transform: `translateY(${-scrollTop}px)` }} className="py-2 pr-1.5">
            {Array.from({ length: lines }, (_, i) => (
              <div key={i} className={cn(marked.has(i + 1) && 'bg-warn-soft font-semibold text-warn')}>
                {i + 1}
              </div>
            ))}
          </div>
        </div>
        <textarea
          ref={area}
          id={id}
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          autoComplete="off"
          wrap="off"
          rows={Math.min(lines, 22)}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          onScroll={(event: UIEvent<HTMLTextAreaElement>) => setScrollTop(event.currentTarget.scrollTop)}
          className="min-h-40 w-full resize-y overflow-auto bg-transparent px-2 py-2 [tab-size:2] text-fg"
        />
      </div>
    </div>
  );
});
