import type { ComponentPropsWithoutRef } from 'react';
import { CopyButton } from './copy-button';

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
  return (
    <div data-code-block className="not-prose my-6 overflow-hidden rounded-xl border border-line bg-code">
      <div className="flex min-h-10 items-center justify-between gap-2 border-b border-line bg-surface px-4 py-1">
        <span className="font-mono text-xs text-muted">{label}</span>
        <CopyButton />
      </div>
      <pre className={`${className ?? ''} overflow-x-auto p-4 text-sm leading-relaxed`} {...props} />
    </div>
  );
}
