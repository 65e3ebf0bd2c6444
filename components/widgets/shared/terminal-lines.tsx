type Props = { command: string | null; lines?: readonly string[] };

// The command a step stands for and what the terminal prints for it, so the reader links what
// they watch to what they will type. Decorative `$`; the command is named for screen readers.
export function TerminalLines({ command, lines = [] }: Props) {
  if (!command) return <p className="min-h-5 font-mono text-xs text-muted" />;
  return (
    <div className="rounded-lg border border-line bg-code px-3 py-2 font-mono text-xs leading-relaxed text-fg">
      <p className="[overflow-wrap:anywhere]">
        <span className="sr-only">명령: </span>
        <span aria-hidden="true" className="text-muted">
          ${' '}
        </span>
        {command}
      </p>
      {lines.length > 0 && (
        <ol aria-label="터미널 출력" className="mt-1 text-muted">
          {lines.map((line, index) => (
            <li key={index} className="[overflow-wrap:anywhere] whitespace-pre-wrap">
              {line}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
