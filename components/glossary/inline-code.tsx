import { Fragment } from 'react';

// Glossary definitions are plain strings; `backticks` in them mark commands and file names.
export function TextWithCode({ text }: { text: string }) {
  return text.split('`').map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-surface px-1 font-mono text-[0.875em]">
        {part}
      </code>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}
