import type { ComponentPropsWithoutRef } from 'react';
import { runnableLines } from '@/lib/terminal/runnable';
import { codeText } from './code-text';
import { CopyButton } from './copy-button';
import { RunInTerminal } from './run-in-terminal';

type Props = ComponentPropsWithoutRef<'pre'> & { 'data-language'?: string; 'data-title'?: string };

const languageNames: Record<string, string> = {
  dockerfile: 'Dockerfile',
  yaml: 'YAML',
  bash: '터미널',
  shell: '터미널',
  shellsession: '터미널',
  json: 'JSON',
  ruby: 'Ruby',
  text: '텍스트',
};

export function CodeBlock({ 'data-language': language, 'data-title': title, className, ...props }: Props) {
  const label = title ?? (language ? languageNames[language] : undefined);
  // Decided here, on the server, so the page ships only the lines of the blocks a terminal can run.
  const lines = runnableLines(language, codeText(props.children));
  return (
    <div data-code-block className="not-prose my-6 overflow-hidden rounded-xl border border-line bg-code">
      <div className="flex min-h-10 items-center justify-between gap-2 border-b border-line bg-surface px-4 py-1">
        <span className="font-mono text-xs text-muted">{label}</span>
        <div className="flex items-center gap-1">
          {lines && <RunInTerminal lines={lines} />}
          <CopyButton />
        </div>
      </div>
      <pre className={`${className ?? ''} overflow-x-auto p-4 text-sm leading-relaxed`} {...props} />
    </div>
  );
}
