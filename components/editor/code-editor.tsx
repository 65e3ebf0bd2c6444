'use client';

import { useId, useRef, type KeyboardEvent } from 'react';
import { cn } from '@/lib/cn';
import { ControlButton } from '@/components/widgets/shared/control-button';
import { continuedLines, tokenize, type TokenKind } from './highlight';
import type { CodeEditorProps } from './types';

export type { CodeEditorProps, EditorFile, EditorLanguage, EditorProblem } from './types';

// A plain text box with a coloured copy of its text laid exactly underneath: the reader types into
// a real <textarea> (screen readers, phone keyboards, IME for Korean, the browser's own undo all
// work), and the copy only paints. The text box grows to its content and the frame around it
// scrolls, so the two never drift apart. Tab leaves the box, as it should on a page.

const colours: Record<TokenKind, string> = {
  keyword: 'font-semibold text-accent-strong',
  string: 'text-ok',
  comment: 'text-muted italic',
  flag: 'text-warn',
  variable: 'text-warn',
  key: 'text-accent-strong',
  plain: 'text-fg',
};

// One set of metrics for the text box and the copy: 16 px on phones (smaller text makes iOS zoom in
// on focus), a fixed line height so line N is at the same place in both.
const metrics = 'font-mono text-base leading-6 sm:text-[0.8125rem] sm:leading-6 p-2 whitespace-pre';

/** Offsets of line `line` (1-based) in `text`: where it starts and ends. */
function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end === -1 ? text.length : end];
}

export function CodeEditor({
  label,
  files,
  active,
  onSelect,
  onChange,
  onReset,
  changed,
  problems = {},
  readOnly = false,
  readOnlyReason,
  note,
  onBlur,
}: CodeEditorProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const file = files.find((candidate) => candidate.name === active) ?? files[0];
  if (!file) return null;
  const index = files.indexOf(file);
  const lines = file.value.split('\n');
  const continued = continuedLines(lines, file.language);
  const problem = problems[file.name] ?? null;
  const longest = Math.max(1, ...lines.map((line) => line.length));
  const problemId = `${id}-problem`;
  const readOnlyId = `${id}-readonly`;
  const describedBy = [problem ? problemId : null, readOnly && readOnlyReason ? readOnlyId : null].filter(Boolean).join(' ');
  const tabId = (at: number) => `${id}-tab-${at}`;
  const panelId = `${id}-panel`;

  const goToLine = (line: number) => {
    const target = box.current;
    if (!target) return;
    target.focus();
    target.setSelectionRange(...lineRange(file.value, line));
  };

  // Tabs as the ARIA pattern has them: arrows, Home and End move between files and show them.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: files.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = (to + files.length) % files.length;
    onSelect(files[next]!.name);
    tabs.current[next]?.focus();
  };

  return (
    <section aria-label={label} className="space-y-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        {files.length > 1 ? (
          <div role="tablist" aria-label="파일" className="flex flex-wrap gap-1">
            {files.map((candidate, at) => (
              <button
                key={candidate.name}
                ref={(element) => {
                  tabs.current[at] = element;
                }}
                type="button"
                role="tab"
                id={tabId(at)}
                aria-selected={at === index}
                aria-controls={panelId}
                tabIndex={at === index ? 0 : -1}
                onClick={() => onSelect(candidate.name)}
                onKeyDown={onTabKey}
                className={cn(
                  'min-h-11 rounded-t-md border-b-2 px-2.5 font-mono text-xs sm:min-h-9',
                  at === index ? 'border-accent-strong font-semibold text-fg' : 'border-transparent text-muted hover:text-fg',
                )}
              >
                {candidate.name}
                {problems[candidate.name] && (
                  <>
                    {' '}
                    <span className="text-warn">(오류)</span>
                  </>
                )}
              </button>
            ))}
          </div>
        ) : (
          <span />
        )}
        <ControlButton className="min-h-9 px-2 text-xs" aria-disabled={!changed} onClick={() => changed && onReset()}>
          처음 상태로
        </ControlButton>
      </div>
      <div
        role={files.length > 1 ? 'tabpanel' : undefined}
        id={panelId}
        aria-labelledby={files.length > 1 ? tabId(index) : undefined}
      >
        <div className="max-h-[22rem] overflow-auto rounded-lg border border-line bg-code focus-within:ring-2 focus-within:ring-accent">
          <div className="flex min-w-max">
            <div aria-hidden="true" className={cn(metrics, 'sticky left-0 z-10 bg-code pr-2 text-right text-muted select-none')}>
              {lines.map((_, at) => (
                <div key={at} className={cn(problem?.line === at + 1 && 'font-bold text-warn')}>
                  {at + 1}
                </div>
              ))}
            </div>
            <div className="relative min-w-0 flex-1">
              <pre
                aria-hidden="true"
                className={cn(metrics, 'pointer-events-none absolute inset-0 m-0 overflow-hidden bg-transparent')}
              >
                {lines.map((line, at) => (
                  <div
                    key={at}
                    className={cn(problem?.line === at + 1 && 'bg-warn-soft underline decoration-warn decoration-wavy')}
                  >
                    {line === ''
                      ? ' '
                      : tokenize(line, file.language, continued[at]).map((token, part) => (
                          <span key={part} className={colours[token.kind]}>
                            {token.text}
                          </span>
                        ))}
                  </div>
                ))}
              </pre>
              <textarea
                ref={box}
                aria-label={`${file.name} 내용`}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy || undefined}
                value={file.value}
                readOnly={readOnly}
                rows={lines.length}
                wrap="off"
                spellCheck={false}
                autoCapitalize="off"
                autoCorrect="off"
                autoComplete="off"
                onChange={(event) => onChange(file.name, event.target.value)}
                onBlur={onBlur}
                style={{ width: `calc(${longest + 1}ch + 1rem)` }}
                className={cn(
                  metrics,
                  'relative block min-w-full resize-none overflow-hidden border-0 bg-transparent text-transparent caret-fg outline-none selection:bg-accent-soft',
                )}
              />
            </div>
          </div>
        </div>
      </div>
      {problem && (
        <div className="rounded-md border border-warn bg-warn-soft p-2 text-sm text-fg">
          <div id={problemId}>
            <p className="font-mono text-xs [overflow-wrap:anywhere]">
              {problem.line !== null && <span className="font-sans font-semibold">{`${problem.line}번째 줄:`}</span>}{' '}
              {problem.message}
            </p>
            <p className="mt-1">{problem.explanation}</p>
          </div>
          {problem.line !== null && (
            <ControlButton className="mt-1 min-h-9 px-2 text-xs" onClick={() => goToLine(problem.line as number)}>
              {problem.line}번째 줄로 가기
            </ControlButton>
          )}
        </div>
      )}
      {readOnly && readOnlyReason && (
        <p id={readOnlyId} className="text-xs text-muted">
          {readOnlyReason}
        </p>
      )}
      {note && <p className="text-xs text-muted">{note}</p>}
    </section>
  );
}
