import { memo, useEffect, useRef } from 'react';
import type { TerminalLine } from '@/lib/terminal/session';
import type { Entry } from './use-terminal';

// The log: each command's lines are one element added at once, so a screen reader following the
// polite live region hears one announcement per command instead of a line-by-line flood. Tool
// output keeps its spacing (tables) and scrolls sideways on a phone; Korean hints wrap.
// Memoised, with each entry: typing in the input and a new command re-render only what changed,
// which keeps Enter → painted short on a slow phone however long the session grows.
export const TerminalLog = memo(function TerminalLog({ entries }: { entries: readonly Entry[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [entries]);
  return (
    <div
      ref={ref}
      role="log"
      aria-live="polite"
      aria-label="터미널 출력"
      // Scrollable, so reachable by keyboard (arrow keys scroll it); the input comes right after.
      tabIndex={0}
      // A fixed height with layout containment: a command's output never reflows the (long) chapter page.
      className="h-64 overflow-auto px-3 py-2 text-xs leading-5 [contain:strict] sm:h-80"
    >
      {entries.map((entry) => (
        <EntryLines key={entry.id} lines={entry.lines} />
      ))}
    </div>
  );
});

const EntryLines = memo(function EntryLines({ lines }: { lines: Entry['lines'] }) {
  return (
    <div>
      {lines.map((line, index) => (
        <Line key={index} line={line} />
      ))}
    </div>
  );
});

function Line({ line }: { line: TerminalLine }) {
  if (line.stream === 'input')
    return (
      <p className="[overflow-wrap:anywhere] whitespace-pre-wrap text-fg">
        <span aria-hidden="true" className="text-muted">
          {line.prompt}
        </span>
        <span className="sr-only">명령: </span>
        {line.text}
      </p>
    );
  if (line.stream === 'hint')
    return (
      <p className="font-sans [overflow-wrap:anywhere] whitespace-pre-wrap text-accent-strong">
        <span aria-hidden="true">→ </span>
        <span className="sr-only">설명: </span>
        {line.text}
      </p>
    );
  if (line.stream === 'stderr')
    return <p className="[overflow-wrap:anywhere] whitespace-pre-wrap text-warn">{line.text || ' '}</p>;
  return <p className="w-max min-w-full whitespace-pre text-fg">{line.text || ' '}</p>;
}
